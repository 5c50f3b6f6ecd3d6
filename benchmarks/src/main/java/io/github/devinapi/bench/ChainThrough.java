package io.github.devinapi.bench;

import java.io.IOException;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** An application-level chain whose next step is {@code next} (a network interceptor) on {@code wire}. */
final class ChainThrough extends UntimedChain {

    private final Interceptor.Chain wire;
    private final Interceptor next;

    ChainThrough(Interceptor.Chain wire, Interceptor next) {
        this.wire = wire;
        this.next = next;
    }

    @Override
    public Request request() {
        return wire.request();
    }

    @Override
    public Response proceed(Request request) throws IOException {
        return next.intercept(wire);
    }

    @Override
    public Call call() {
        return wire.call();
    }
}
