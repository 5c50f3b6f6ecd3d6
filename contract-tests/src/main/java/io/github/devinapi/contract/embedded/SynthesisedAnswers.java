package io.github.devinapi.contract.embedded;

import io.github.devinapi.contract.model.ContractOperation;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.devinapi.spec.SchemaSampler;
import io.github.devinapi.spec.SpecOperation;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Answers the schema-driven scenarios ask the embedded tenant for: the next valid request is answered
 * with the given status and a body sampled from the spec's schema for it, ahead of any recording and
 * instead of being refused as unmatched. One answer is armed at a time: scenarios run one after
 * another, and an armed answer is used by exactly one request.
 */
public final class SynthesisedAnswers {

    /** What to answer: a status the operation declares, and the seed of the sampled body. */
    public record Answer(int status, long seed) {
    }

    /** A synthesised response: status, and body (null when the spec declares none for it). */
    record Response(int status, JsonNode body) {
    }

    private final AtomicReference<Answer> armed = new AtomicReference<>();
    private final Set<UUID> served = ConcurrentHashMap.newKeySet();
    private final JsonNode specRoot;
    private final Map<String, JsonNode> operationsByKey = new HashMap<>();

    SynthesisedAnswers(JsonNode specRoot) {
        this.specRoot = specRoot;
        SpecOperation.all(specRoot).forEach(operation -> operationsByKey.put(operation.key(), operation.node()));
    }

    void arm(Answer answer) {
        armed.set(answer);
    }

    void disarm() {
        armed.set(null);
    }

    /** Takes the armed answer for a valid request to {@code operation}, marking the serve event as synthesised. */
    Optional<Response> take(ContractOperation operation, UUID serveEvent) {
        Answer answer = armed.getAndSet(null);
        if (answer == null) {
            return Optional.empty();
        }
        served.add(serveEvent);
        JsonNode schema = responseSchema(operation, answer.status());
        JsonNode body = schema == null ? null
                : new SchemaSampler(specRoot, answer.seed(), SchemaSampler.Mode.FULL).sample(schema);
        return Optional.of(new Response(answer.status(), body));
    }

    /** Whether the tenant answered this serve event with a synthesised response (then it is not unmatched). */
    boolean answered(UUID serveEvent) {
        return served.remove(serveEvent);
    }

    private JsonNode responseSchema(ContractOperation operation, int status) {
        JsonNode operationNode = operationsByKey.get(operation.key());
        SchemaSampler resolver = new SchemaSampler(specRoot, 0, SchemaSampler.Mode.MINIMAL);
        JsonNode response = resolver.resolve(operationNode.path("responses").path(Integer.toString(status)));
        JsonNode schema = response.path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? null : schema;
    }
}
