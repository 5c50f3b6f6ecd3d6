package io.github.devinapi.bench;

import java.util.concurrent.TimeUnit;
import okhttp3.Connection;
import okhttp3.Interceptor;

/** A chain that stands in for OkHttp's own in a benchmark: no connection, no timeouts to change. */
abstract class UntimedChain implements Interceptor.Chain {

    @Override
    public Connection connection() {
        return null;
    }

    @Override
    public int connectTimeoutMillis() {
        return 0;
    }

    @Override
    public Interceptor.Chain withConnectTimeout(int timeout, TimeUnit unit) {
        return this;
    }

    @Override
    public int readTimeoutMillis() {
        return 0;
    }

    @Override
    public Interceptor.Chain withReadTimeout(int timeout, TimeUnit unit) {
        return this;
    }

    @Override
    public int writeTimeoutMillis() {
        return 0;
    }

    @Override
    public Interceptor.Chain withWriteTimeout(int timeout, TimeUnit unit) {
        return this;
    }
}
