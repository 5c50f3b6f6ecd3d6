package io.github.devinapi.contract.recordings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.contract.validation.Verdict;
import java.nio.file.Path;
import java.util.List;

/**
 * One WireMock stub mapping of a recorded scenario: the request to replay, the response recorded for
 * it, and how that pair measured against the spec when it was loaded.
 *
 * @param file the mapping file
 * @param where how messages name it: the mapping file, and the body file when the body lives in __files/
 * @param stub the mapping as WireMock reads it, with any bodyFileName inlined
 * @param problems why it cannot be used at all (unreadable, not replayable, holds a credential); empty if usable
 * @param verdict the recorded exchange checked against the spec; null when there are problems
 */
public record Recording(
        String scenario,
        Path file,
        String where,
        ObjectNode stub,
        Exchange exchange,
        List<String> problems,
        Verdict verdict) {

    public Recording {
        problems = List.copyOf(problems);
    }

    public boolean usable() {
        return problems.isEmpty();
    }

    public boolean conforms() {
        return usable() && verdict.conforms();
    }

    /** Why this recording cannot be trusted, naming the file; empty when it can. */
    public String failure() {
        if (!usable()) {
            return "Recording " + where + " cannot be used:\n  - " + String.join("\n  - ", problems);
        }
        if (!verdict.conforms()) {
            return "Recording " + where + " breaks the spec.\n" + verdict.describeFailure(scenario + " (recorded)");
        }
        return "";
    }

    /** "POST /v2/.../members -> 200". */
    public String title() {
        return exchange == null
                ? file.getFileName().toString()
                : exchange.request().line() + " -> " + exchange.response().status();
    }
}
