package io.github.devinapi.contract.live;

import static org.junit.jupiter.api.Assumptions.abort;

import io.github.devinapi.contract.validation.Exchange;
import java.io.IOException;
import java.time.Duration;

/**
 * Notices a tenant that has stopped answering: after {@value #LIMIT} attempts in a row got no complete answer,
 * the run sends nothing more, and every scenario left is skipped with one reason naming the tenant and the
 * cause. With each attempt bounded by the deadline, the run ends within {@value #LIMIT} deadlines of the
 * tenant going silent.
 */
final class Silence {

    static final int LIMIT = 3;

    private final String tenant;
    private final Duration deadline;
    private int unansweredInARow;
    private String lastCause = "";

    Silence(String tenant, Duration deadline) {
        this.tenant = tenant;
        this.deadline = deadline;
    }

    synchronized void answered() {
        unansweredInARow = 0;
    }

    synchronized void unanswered(Exchange.Request request, IOException cause) {
        unansweredInARow++;
        lastCause = request.line() + ": " + cause;
    }

    /** Refuses to send once the tenant is silent. */
    synchronized void admit() {
        if (unansweredInARow >= LIMIT) {
            abort("not run: the tenant at " + tenant + " stopped answering (" + unansweredInARow
                    + " requests in a row got no "
                    + "complete answer within "
                    + (deadline.toMillis() % 1000 == 0 ? deadline.toSeconds() + " s" : deadline.toMillis() + " ms")
                    + "; the last, " + lastCause + ")");
        }
    }

    synchronized boolean silent() {
        return unansweredInARow >= LIMIT;
    }
}
