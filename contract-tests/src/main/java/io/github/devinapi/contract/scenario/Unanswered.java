package io.github.devinapi.contract.scenario;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Duration;

/**
 * The failure of a request that got no answer, so that a slow or dead server ends a scenario with what
 * happened and what to check, rather than an I/O stack trace or a hang.
 */
final class Unanswered {

    private Unanswered() {
    }

    static AssertionError of(String scenario, String request, String baseUrl, Duration timeout, Throwable cause) {
        String why;
        if (cause instanceof InterruptedIOException) {
            why = "no answer within " + timeout.toSeconds() + " s, the limit per request (-Dcontract.live.timeoutSeconds "
                    + "on a live run): the server is slow or hangs";
        } else if (cause instanceof ConnectException) {
            why = "cannot connect (" + cause.getMessage() + "): the server is down, or the base URL is wrong";
        } else {
            why = "the connection failed before an answer arrived (" + cause + ")";
        }
        return new AssertionError("Scenario '" + scenario + "': " + request + " to " + baseUrl + " got no answer: " + why
                + ". Check DEVIN_API_BASE_URL and the service's status.", cause);
    }
}
