package io.github.devinapi.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.OptionalInt;
import javax.net.ssl.SSLException;
import okhttp3.Request;

/** Turns an I/O failure (no complete response) into a {@link DevinConnectionException} that says why. */
final class ConnectionFailures {

    private final Duration timeout;
    private final Redactor redactor;

    ConnectionFailures(Duration timeout, Redactor redactor) {
        this.timeout = timeout;
        this.redactor = redactor;
    }

    DevinConnectionException toException(Request request, IOException failure, int retries) {
        String path = request.url().encodedPath();
        String retried = retries == 0 ? "" : " Gave up after " + retries + (retries == 1 ? " retry." : " retries.");
        String message = request.method() + " " + path + " failed: " + reason(request, failure) + "." + retried;
        ErrorContext context = new ErrorContext(request.method(), path, OptionalInt.empty(), "", retries);
        return new DevinConnectionException(redactor.text(message), context, failure);
    }

    private String reason(Request request, IOException failure) {
        String host = request.url().host() + ":" + request.url().port();
        if (failure instanceof SocketTimeoutException || "timeout".equals(failure.getMessage())) {
            return "no response within " + millis(timeout) + " (the timeout per attempt): raise timeout(...) if the "
                    + "operation is slow, else check the network and the service's status";
        }
        if (failure instanceof InterruptedIOException) {
            return "interrupted (" + failure.getMessage() + ")";
        }
        if (failure instanceof UnknownHostException) {
            return "cannot resolve " + request.url().host() + ": check baseUrl and DNS";
        }
        if (failure instanceof ConnectException) {
            return "cannot connect to " + host + " (" + failure.getMessage()
                    + "): check baseUrl, proxies and firewalls";
        }
        if (failure instanceof SSLException) {
            return "TLS with " + host + " failed (" + failure + "): check the host's certificate and any TLS proxy";
        }
        return "the connection to " + host + " broke before a complete response arrived (" + failure + "): "
                + "the request may or may not have been processed, so check before repeating it; if this follows "
                + "a pause, the server or a proxy closes idle connections sooner than idleConnectionTimeout(...)";
    }

    private static String millis(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
