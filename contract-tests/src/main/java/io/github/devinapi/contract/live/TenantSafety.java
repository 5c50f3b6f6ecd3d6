package io.github.devinapi.contract.live;

import io.github.devinapi.contract.validation.BearerRule;
import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.contract.validation.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assumptions.abort;

/**
 * What a live run may send. A request that can change the tenant (authenticated, valid, with a method
 * other than GET, HEAD or OPTIONS) is sent only when writes are allowed, and only if every id it carries
 * is a configured test id: path parameters named {@code *_id}, and query or body fields named
 * {@code *_id} or {@code *_ids}. Everything else is sent: without a bearer token the server must answer
 * 401, to an invalid request 422, and in neither case act. A refused request skips its scenario, with
 * the reason, before any of it is sent.
 */
final class TenantSafety {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ContractValidator validator;
    private final LiveConfiguration configuration;

    TenantSafety(ContractValidator validator, LiveConfiguration configuration) {
        this.validator = validator;
        this.configuration = configuration;
    }

    void admit(Exchange.Request request) {
        if (SAFE_METHODS.contains(request.method()) || !BearerRule.isBearer(request.header("Authorization"))) {
            return;
        }
        Optional<ContractOperation> operation = validator.operations().find(request.method(), request.rawPath());
        if (operation.isPresent() && refusedBeforeActing(validator.checkRequest(request))) {
            return;
        }
        if (!configuration.allowWrites()) {
            abort(request.line() + " would change the tenant: scenarios that write run only with "
                    + LiveConfiguration.ALLOW_WRITES + "=true");
        }
        if (operation.isEmpty()) {
            abort(request.line() + " is to no operation of the spec: a live run sends no write whose ids it cannot check");
        }
        List<String> foreign = foreignIds(operation.get(), request);
        if (!foreign.isEmpty()) {
            abort(request.line() + " would send ids that are not the configured test ids (" + String.join(", ", foreign)
                    + "): a live run writes only to " + LiveConfiguration.ORG_ID + " and " + LiveConfiguration.USER_IDS);
        }
    }

    /**
     * Whether the server must refuse the request before acting: it breaks the spec where FastAPI checks
     * (body, parameters, content type, bearer token), not merely where it does not (e.g. Accept).
     */
    private static boolean refusedBeforeActing(List<Violation> violations) {
        return violations.stream().map(Violation::rule).anyMatch(rule -> rule.equals(BearerRule.RULE)
                || rule.startsWith("validation.request.body") || rule.startsWith("validation.request.parameter")
                || rule.startsWith("validation.request.contentType"));
    }

    private List<String> foreignIds(ContractOperation operation, Exchange.Request request) {
        List<String> foreign = new ArrayList<>();
        String[] template = operation.pathTemplate().split("/", -1);
        String[] path = request.rawPath().split("/", -1);
        for (int i = 0; i < template.length && i < path.length; i++) {
            String parameter = template[i].startsWith("{") ? template[i].substring(1, template[i].length() - 1) : "";
            if (isIdName(parameter)) {
                check(parameter, decode(path[i]), foreign);
            }
        }
        if (request.rawQuery() != null) {
            for (String pair : request.rawQuery().split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && isIdName(decode(pair.substring(0, equals)))) {
                    check(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)), foreign);
                }
            }
        }
        if (request.body() != null) {
            try {
                body(JSON.readTree(request.body()), foreign);
            } catch (java.io.IOException notJson) {
                foreign.add("a body that is not JSON");
            }
        }
        return foreign;
    }

    private void body(JsonNode node, List<String> foreign) {
        if (node.isArray()) {
            node.forEach(item -> body(item, foreign));
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (isIdName(field.getKey()) && value.isTextual()) {
                check(field.getKey(), value.asText(), foreign);
            } else if (isIdName(field.getKey()) && value.isArray()) {
                value.forEach(item -> check(field.getKey(), item.asText(), foreign));
            } else {
                body(value, foreign);
            }
        }
    }

    private void check(String name, String id, List<String> foreign) {
        if (!configuration.isTestId(id)) {
            foreign.add(name + " '" + id + "'");
        }
    }

    private static boolean isIdName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("id") || lower.equals("ids") || lower.endsWith("_id") || lower.endsWith("_ids");
    }

    /** Percent-decoding of a path segment or query part; '+' stays itself. */
    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
