package io.github.devinapi.contract.scenario;

import io.github.devinapi.contract.tenant.Target;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Duration;

/**
 * The failure of a request that got no answer, so that a slow or dead server ends a scenario with what
 * happened and what to check, rather than an I/O stack trace or a hang.
 */
final class Unanswered {

    private Unanswered() {}

    static AssertionError of(Target target, String scenario, String request, Duration timeout, Throwable cause) {
        String why;
        if (cause instanceof InterruptedIOException) {
            why = "no complete answer within " + seconds(timeout) + ", the deadline per request, connect to last byte "
                    + "(-Dcontract.live.timeoutSeconds on a live run): the server is slow, hangs, or trickles its answer";
        } else if (cause instanceof ConnectException) {
            why = "cannot connect (" + cause.getMessage() + "): the server is down, or the base URL is wrong";
        } else {
            why = "the connection failed before an answer arrived (" + cause + ")";
        }
        return new AssertionError(
                target.redact("Scenario '" + scenario + "': " + request + " to " + target.baseUrl() + " got no answer: "
                        + why + ". Check DEVIN_API_BASE_URL and the service's status."),
                cause);
    }

    private static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
