package io.github.devinapi.contract.tenant;

import io.github.devinapi.client.DevinClientBuilder;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/** How the suite's own OkHttp clients reach a tenant. */
public final class TenantConnections {

    private TenantConnections() {}

    /**
     * No redirects, so that a request carrying the key never follows one to another origin; idle connections
     * closed before the server closes them (as a DevinClient does), so that no request meets a closing one.
     */
    public static OkHttpClient.Builder builder() {
        long idleMillis = DevinClientBuilder.DEFAULT_IDLE_CONNECTION_TIMEOUT.toMillis();
        return new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(5, idleMillis, TimeUnit.MILLISECONDS))
                .followRedirects(false)
                .followSslRedirects(false);
    }
}
