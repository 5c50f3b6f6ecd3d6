package io.github.devinapi.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Makes each attempt a call of its own on the transport client (so that the timeout applies per attempt)
 * and retries as the {@link RetryPolicy} allows, waiting as the response asks or else with backoff.
 */
final class RetryInterceptor implements Interceptor {

    private final OkHttpClient transport;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final HttpLog log;

    RetryInterceptor(OkHttpClient transport, RetryPolicy policy, Sleeper sleeper, HttpLog log) {
        this.transport = transport;
        this.policy = policy;
        this.sleeper = sleeper;
        this.log = log;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return send(chain.request(), chain.call());
    }

    /**
     * The attempts of one call, each a call of its own on the transport; what {@link #intercept} does for a call
     * of the client Retrofit calls, and what a synchronous call of {@link CallExecutor} gets directly when no
     * application interceptor of the caller has to run around it (saving a call of OkHttp's per request).
     *
     * @param call the call this serves, whose cancellation stops the retries; null for none
     */
    Response send(Request request, okhttp3.Call call) throws IOException {
        for (int retry = 0; ; retry++) {
            if (call != null && call.isCanceled()) {
                throw new IOException("Canceled");
            }
            Duration wait;
            String reason;
            try {
                Response response = transport.newCall(request).execute();
                Optional<Duration> next = policy.retryAfterStatus(request, response, retry);
                if (next.isEmpty()) {
                    return ResponseBodies.settled(response);
                }
                wait = next.get();
                reason = "HTTP " + response.code();
                response.close();
            } catch (IOException e) {
                Optional<Duration> next = policy.retryAfterConnectionFailure(request, retry);
                if (next.isEmpty() || (call != null && call.isCanceled())) {
                    throw e;
                }
                wait = next.get();
                reason = e.toString();
            }
            log.info("retry " + (retry + 1) + " of " + policy.maxRetries() + " for " + request.method() + " "
                    + request.url().encodedPath() + " in " + wait.toMillis() + " ms after " + reason);
            pause(wait);
            RetryCounter counter = request.tag(RetryCounter.class);
            if (counter != null) {
                counter.retried();
            }
        }
    }

    private void pause(Duration wait) throws InterruptedIOException {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting to retry");
            interrupted.initCause(e);
            throw interrupted;
        }
    }
}
