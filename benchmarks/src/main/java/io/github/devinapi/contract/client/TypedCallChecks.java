package io.github.devinapi.contract.client;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The typed-call adapter's work for one exchange, without a network: what the contract interceptor does
 * on the wire, then what {@link ContractCall} does once the client is done. In this package because
 * those steps are package-private to the suite.
 */
public final class TypedCallChecks {

    private TypedCallChecks() {
    }

    public static Response interceptAndCheck(OkHttpContractInterceptor interceptor, Interceptor.Chain chain) throws IOException {
        Response response = interceptor.intercept(chain);
        interceptor.check().accept(interceptor.takeLastAttempt(chain.request()).orElseThrow());
        return response;
    }
}
