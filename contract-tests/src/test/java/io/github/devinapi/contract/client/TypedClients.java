package io.github.devinapi.contract.client;

import io.github.devinapi.client.invoker.JSON;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;
import retrofit2.converter.scalars.ScalarsConverterFactory;

/**
 * The one place the suite builds the generated Retrofit interfaces: base URL, bearer token, the
 * generated Gson, and the contract interceptor. When the hand-written DevinClient runtime is
 * available, scenarios get it from here instead, and nothing else changes.
 */
public final class TypedClients {

    private TypedClients() {
    }

    public static <T> T create(Class<T> api, String baseUrl, String bearerToken, Interceptor contract) {
        OkHttpClient http = new OkHttpClient.Builder()
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("Authorization", "Bearer " + bearerToken).build()))
                .addInterceptor(contract) // after the token, so it checks the request as sent
                .build();
        return new Retrofit.Builder()
                .baseUrl(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/")
                .client(http)
                .addConverterFactory(ScalarsConverterFactory.create())
                .addConverterFactory(GsonConverterFactory.create(new JSON().getGson()))
                .build()
                .create(api);
    }
}
