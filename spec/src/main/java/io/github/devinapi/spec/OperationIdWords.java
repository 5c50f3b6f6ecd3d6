package io.github.devinapi.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of a spec's operationIds that name the handler, for telling apart operations the path
 * cannot. FastAPI writes {@code <handler><path>_<method>} with every non-word character as
 * {@code _}; that generated suffix is dropped, and so are leading words every operationId of the
 * spec shares ({@code handle_}, {@code api_}) and words such as {@code endpoint} that name no thing.
 */
final class OperationIdWords {

    private static final Set<String> NOISE = Set.of("endpoint", "handler", "route", "view");

    private final Map<SpecOperation, List<String>> words = new HashMap<>();

    OperationIdWords(List<SpecOperation> operations) {
        Map<SpecOperation, List<String>> handlerWords = new HashMap<>();
        for (SpecOperation operation : operations) {
            if (operation.operationId() != null) {
                handlerWords.put(operation, split(withoutFastApiSuffix(operation)));
            }
        }
        int shared = sharedLeadingWords(List.copyOf(handlerWords.values()));
        handlerWords.forEach((operation, all) -> {
            List<String> kept = new ArrayList<>(all.subList(shared, all.size()));
            kept.removeIf(NOISE::contains);
            words.put(operation, List.copyOf(kept));
        });
    }

    /** Lower-case words, in operationId order; none for an operation without operationId. */
    List<String> of(SpecOperation operation) {
        return words.getOrDefault(operation, List.of());
    }

    /** {@code list_members_v2_enterprise_members_get} on GET /v2/enterprise/members -> {@code list_members}. */
    static String withoutFastApiSuffix(SpecOperation operation) {
        String id = operation.operationId();
        String suffix = operation.path().replaceAll("\\W", "_") + "_"
                + operation.method().toLowerCase(Locale.ROOT);
        return id.length() > suffix.length() && id.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT))
                ? id.substring(0, id.length() - suffix.length())
                : id;
    }

    /** snake_case, kebab-case and camelCase alike: {@code handleListMembers} -> [handle, list, members]. */
    static List<String> split(String id) {
        List<String> out = new ArrayList<>();
        for (String part : id.replaceAll("([a-z0-9])([A-Z])", "$1_$2").split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                out.add(part.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** How many leading words all operationIds share, leaving each at least one word; 0 with fewer than two ids. */
    private static int sharedLeadingWords(List<List<String>> ids) {
        if (ids.size() < 2) {
            return 0;
        }
        int shared = 0;
        while (true) {
            int position = shared;
            String first = ids.get(0).size() > position ? ids.get(0).get(position) : null;
            boolean allShare = first != null
                    && ids.stream()
                            .allMatch(id ->
                                    id.size() > position + 1 && id.get(position).equals(first));
            if (!allShare) {
                return shared;
            }
            shared++;
        }
    }
}
