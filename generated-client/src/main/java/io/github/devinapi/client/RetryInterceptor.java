package io.github.devinapi.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
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
    private final int maxRetries;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final Clock clock;
    private final HttpLog log;

    RetryInterceptor(OkHttpClient transport, RetryPolicy policy, int maxRetries, Backoff backoff, Sleeper sleeper,
            Clock clock, HttpLog log) {
        this.transport = transport;
        this.policy = policy;
        this.maxRetries = maxRetries;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.clock = clock;
        this.log = log;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        for (int retry = 0; ; retry++) {
            if (chain.call().isCanceled()) {
                throw new IOException("Canceled");
            }
            Duration wait;
            String reason;
            try {
                Response response = transport.newCall(request).execute();
                if (retry >= maxRetries || !policy.retriesStatus(request, response.code())) {
                    return ResponseBodies.settled(response);
                }
                int retried = retry;
                wait = RetryAfter.of(response.headers(), clock).orElseGet(() -> backoff.delay(retried));
                reason = "HTTP " + response.code();
                response.close();
            } catch (IOException e) {
                if (retry >= maxRetries || !policy.retriesConnectionFailure(request) || chain.call().isCanceled()) {
                    throw e;
                }
                wait = backoff.delay(retry);
                reason = e.toString();
            }
            log.info("retry " + (retry + 1) + " of " + maxRetries + " for " + request.method() + " "
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
