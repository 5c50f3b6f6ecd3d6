package io.github.devinapi.contract.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.spec.SchemaSampler;
import io.github.devinapi.spec.SpecOperation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Answers the schema-driven scenarios ask the embedded tenant for: the next valid requests are answered
 * with the given statuses and bodies sampled from the spec's schemas for them, ahead of any recording and
 * instead of being refused as unmatched. Answers are armed for one scenario at a time (scenarios run one
 * after another), and each is used by exactly one request, in order.
 */
public final class SynthesisedAnswers {

    /**
     * What to answer: a status the operation declares, and the seed of the sampled body, or the body itself.
     *
     * @param body the body to answer with, or null to sample one from the status's schema
     */
    public record Answer(int status, long seed, JsonNode body) {

        public Answer(int status, long seed) {
            this(status, seed, null);
        }
    }

    /** A synthesised response: status, and body (null when the spec declares none for it). */
    record Response(int status, JsonNode body) {}

    private final Queue<Answer> armed = new ConcurrentLinkedQueue<>();
    private final Set<UUID> served = ConcurrentHashMap.newKeySet();
    private final JsonNode specRoot;
    private final Map<String, JsonNode> operationsByKey = new HashMap<>();

    SynthesisedAnswers(JsonNode specRoot) {
        this.specRoot = specRoot;
        SpecOperation.all(specRoot).forEach(operation -> operationsByKey.put(operation.key(), operation.node()));
    }

    /** The spec the answers are sampled from. */
    JsonNode specRoot() {
        return specRoot;
    }

    /** Answers for the next valid requests, one each, in order. */
    void arm(List<Answer> answers) {
        armed.clear();
        armed.addAll(answers);
    }

    void disarm() {
        armed.clear();
    }

    /** Takes the armed answer for a valid request to {@code operation}, marking the serve event as synthesised. */
    Optional<Response> take(ContractOperation operation, UUID serveEvent) {
        Answer answer = armed.poll();
        if (answer == null) {
            return Optional.empty();
        }
        served.add(serveEvent);
        JsonNode schema = responseSchema(operation, answer.status());
        JsonNode body = answer.body() != null
                ? answer.body()
                : schema == null
                        ? null
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
