package io.github.devinapi.contract.client;

import io.github.devinapi.client.DevinClient;
import io.github.devinapi.contract.targets.Target;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import okhttp3.OkHttpClient;
import retrofit2.Call;

/**
 * The one place the suite makes typed clients: the generated Retrofit interfaces of a {@link DevinClient}
 * aimed at the target, so that typed calls get the client's headers, per-attempt timeout and retry
 * policy (429 and 5xx are retried before anything is judged), with the contract interceptor on the wire
 * and each call's final exchange checked ({@link ContractCall}).
 */
public final class TypedClients {

    /** One connection pool and dispatcher for the run; each client adds its own interceptor to a copy. */
    private static final OkHttpClient SHARED = new OkHttpClient();

    private TypedClients() {
    }

    public static <T> T create(Class<T> api, Target target, ExchangeCheck check) {
        OkHttpContractInterceptor wire = new OkHttpContractInterceptor(check);
        // A client given its OkHttpClient leaves that client's pool open on close: nothing to release here.
        DevinClient devin = DevinClient.builder()
                .apiKey(target.bearerToken())
                .baseUrl(target.baseUrl())
                .timeout(target.requestTimeout())
                .okHttpClient(SHARED.newBuilder().addNetworkInterceptor(wire).build())
                .build();
        T typed = devin.api(api);
        return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api},
                (proxy, method, args) -> invoke(api, typed, proxy, method, args, wire, target)));
    }

    private static Object invoke(Class<?> api, Object typed, Object proxy, Method method, Object[] args, OkHttpContractInterceptor wire,
                                 Target target) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "contract-checked " + api.getSimpleName();
            };
        }
        Object result;
        try {
            result = method.invoke(typed, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        return result instanceof Call<?> call
                ? new ContractCall<>(call, wire, target.baseUrl(), target.requestTimeout())
                : result;
    }
}
