package io.github.devinapi.contract.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.contract.validation.Exchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ids a request carries, of any type: every path parameter (a path names what it acts on, whatever the
 * parameter is called), and every value, string or number, of a query parameter or body field whose name
 * names a thing ({@code org_id}, {@code user_ids}, {@code orgIds}, {@code group_names}, {@code emails},
 * {@code members}, {@code id}, ...), at any depth of the body.
 */
record RequestIds(List<String> path, List<String> others) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Set<String> NAMING_WORDS = Set.of(
            "id",
            "ids",
            "name",
            "names",
            "email",
            "emails",
            "key",
            "keys",
            "user",
            "users",
            "org",
            "orgs",
            "organization",
            "organizations",
            "group",
            "groups",
            "member",
            "members",
            "session",
            "sessions",
            "playbook",
            "playbooks",
            "snapshot",
            "snapshots",
            "repository",
            "repositories");

    /** What does not parse as JSON cannot be checked: it is reported as such. */
    static final String UNREADABLE_BODY = "(a body that is not JSON)";

    static RequestIds of(ContractOperation operation, Exchange.Request request) {
        List<String> path = new ArrayList<>();
        String[] template = operation.pathTemplate().split("/", -1);
        String[] sent = request.rawPath().split("/", -1);
        for (int i = 0; i < template.length && i < sent.length; i++) {
            if (template[i].startsWith("{")) {
                path.add(decode(sent[i]));
            }
        }
        List<String> others = new ArrayList<>();
        if (request.rawQuery() != null) {
            for (String pair : request.rawQuery().split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && names(decode(pair.substring(0, equals)))) {
                    others.add(decode(pair.substring(equals + 1)));
                }
            }
        }
        if (request.body() != null && !request.body().isBlank()) {
            try {
                body(JSON.readTree(request.body()), false, others);
            } catch (IOException notJson) {
                others.add(UNREADABLE_BODY);
            }
        }
        return new RequestIds(path, others);
    }

    List<String> all() {
        List<String> all = new ArrayList<>(path);
        all.addAll(others);
        return all;
    }

    /** Whether a field or parameter name names a thing: its last word (snake_case or camelCase) is a naming word. */
    static boolean names(String field) {
        String[] words = CAMEL.matcher(field)
                .replaceAll("$1_$2")
                .toLowerCase(Locale.ROOT)
                .split("[^a-z0-9]+");
        return words.length > 0 && NAMING_WORDS.contains(words[words.length - 1]);
    }

    private static void body(JsonNode node, boolean naming, List<String> ids) {
        if (node.isArray()) {
            node.forEach(item -> body(item, naming, ids));
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                body(field.getValue(), names(field.getKey()), ids);
            }
        } else if (naming && (node.isTextual() || node.isNumber())) {
            ids.add(node.asText());
        }
    }

    /** Percent-decoding of a path segment or query part; '+' stays itself. */
    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
