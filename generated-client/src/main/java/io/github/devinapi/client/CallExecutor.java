package io.github.devinapi.client;

import java.io.IOException;
import java.util.function.Predicate;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import retrofit2.Call;
import retrofit2.Invocation;

/**
 * Sends the request a Retrofit call describes through the client's HTTP stack and returns the body or
 * throws the exception that fits. The response is read here, not by Retrofit, so that every exception
 * can carry the status, the bounded body and the retry count.
 */
final class CallExecutor {

    private final OkHttpClient http;
    private final Predicate<Invocation> madeByThisClient;
    private final SuccessBodies successBodies;
    private final ErrorResponses errorResponses;
    private final ConnectionFailures connectionFailures;

    CallExecutor(OkHttpClient http, Predicate<Invocation> madeByThisClient, SuccessBodies successBodies,
            ErrorResponses errorResponses, ConnectionFailures connectionFailures) {
        this.http = http;
        this.madeByThisClient = madeByThisClient;
        this.successBodies = successBodies;
        this.errorResponses = errorResponses;
        this.connectionFailures = connectionFailures;
    }

    <T> T execute(Call<T> call) {
        Request request = call.request();
        Invocation invocation = request.tag(Invocation.class);
        if (invocation == null || !madeByThisClient.test(invocation)) {
            throw new IllegalArgumentException("execute() takes calls made with this client's api(...) or its tag "
                    + "accessors, such as organizations()");
        }
        RetryCounter counter = new RetryCounter();
        Response response;
        try {
            response = http.newCall(request.newBuilder().tag(RetryCounter.class, counter).build()).execute();
        } catch (IOException e) {
            throw connectionFailures.toException(request, e, counter.retries());
        }
        if (!response.isSuccessful()) {
            throw errorResponses.toException(response, counter.retries());
        }
        return successBodies.read(response, invocation.method(), counter.retries());
    }
}
