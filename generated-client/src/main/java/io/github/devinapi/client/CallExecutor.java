package io.github.devinapi.client;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import retrofit2.Call;
import retrofit2.Invocation;

/**
 * Sends the request a Retrofit call describes through the client's HTTP stack and returns the body or
 * throws the exception that fits. The response is read here, not by Retrofit, so that every exception
 * can carry the status, the bounded body and the retry count. Synchronous, asynchronous and paged calls
 * all end in {@link #outcome}, so they fail alike.
 */
final class CallExecutor {

    private final OkHttpClient http;
    private final RetryInterceptor directRetries;
    private final DefaultHeadersInterceptor directHeaders;
    private final Predicate<Invocation> madeByThisClient;
    private final SuccessBodies successBodies;
    private final ErrorResponses errorResponses;
    private final ConnectionFailures connectionFailures;

    /**
     * @param directRetries where synchronous calls go without a call of their own on {@code http}; null to send
     *     them through {@code http} (its application interceptors run around the retries)
     * @param directHeaders the default headers, set on those calls' requests as they are built; null with them
     */
    CallExecutor(
            OkHttpClient http,
            RetryInterceptor directRetries,
            DefaultHeadersInterceptor directHeaders,
            Predicate<Invocation> madeByThisClient,
            SuccessBodies successBodies,
            ErrorResponses errorResponses,
            ConnectionFailures connectionFailures) {
        this.http = http;
        this.directRetries = directRetries;
        this.directHeaders = directHeaders;
        this.madeByThisClient = madeByThisClient;
        this.successBodies = successBodies;
        this.errorResponses = errorResponses;
        this.connectionFailures = connectionFailures;
    }

    <T> T execute(Call<T> call) {
        return execute(requestOf(call));
    }

    /** Sends a request of {@link #requestOf(Call)}, possibly rewritten (e.g. the next page's query). */
    <T> T execute(Request request) {
        RetryCounter counter = new RetryCounter();
        Response response;
        try {
            Request.Builder counted = request.newBuilder().tag(RetryCounter.class, counter);
            if (directRetries != null) {
                // One request for all attempts, its headers set here: nothing runs between this and the transport.
                response = directRetries.send(
                        directHeaders.setOn(counted, request.url()).build(), null);
            } else {
                response = http.newCall(counted.build()).execute();
            }
        } catch (IOException e) {
            throw connectionFailures.toException(request, e, counter.retries());
        }
        return outcome(request, response, counter.retries());
    }

    /**
     * Sends the request on OkHttp's dispatcher threads. The future completes with the body or, exceptionally,
     * with the same exception {@link #execute(Call)} throws; cancelling it cancels the request.
     */
    <T> CompletableFuture<T> executeAsync(Call<T> call) {
        Request request = requestOf(call);
        RetryCounter counter = new RetryCounter();
        okhttp3.Call exchange = http.newCall(
                request.newBuilder().tag(RetryCounter.class, counter).build());
        CompletableFuture<T> result = new CompletableFuture<>();
        result.whenComplete((body, failure) -> {
            if (result.isCancelled()) {
                exchange.cancel();
            }
        });
        exchange.enqueue(new Callback() {
            @Override
            public void onFailure(okhttp3.Call failed, IOException e) {
                result.completeExceptionally(connectionFailures.toException(request, e, counter.retries()));
            }

            @Override
            public void onResponse(okhttp3.Call answered, Response response) {
                try {
                    result.complete(outcome(request, response, counter.retries()));
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            }
        });
        return result;
    }

    /** The call's request, checked to come from this client (it carries the operation's Invocation tag). */
    Request requestOf(Call<?> call) {
        Request request = call.request();
        Invocation invocation = request.tag(Invocation.class);
        if (invocation == null || !madeByThisClient.test(invocation)) {
            throw new IllegalArgumentException("the call must be made with this client's api(...) or its tag "
                    + "accessors, such as organizations()");
        }
        return request;
    }

    private <T> T outcome(Request request, Response response, int retries) {
        if (!response.isSuccessful()) {
            throw errorResponses.toException(response, retries);
        }
        return successBodies.read(response, request.tag(Invocation.class).method(), retries);
    }
}
