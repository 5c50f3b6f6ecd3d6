package io.github.devinapi.contract.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What two consecutive pages of a list must hold, whatever the tenant: each echoes the {@code skip} and
 * {@code limit} asked, holds at most {@code limit} items, says {@code has_more} exactly when items are left
 * after it ({@code skip + items < total}), both report the same {@code total}, and the second repeats no
 * item of the first.
 *
 * @param first asked with skip 0 and {@code firstLimit}
 * @param second asked with skip {@code firstLimit} and {@code secondLimit}
 */
record PageCheck(JsonNode first, int firstLimit, JsonNode second, int secondLimit) {

    /** Whether the answers ignore the request altogether (a mock serving the spec's example): then nothing here applies. */
    boolean answersDoNotDependOnTheRequest() {
        return first.equals(second);
    }

    /** Each broken rule, named; empty when the pages hold. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        page(first, 0, firstLimit, "page 1", problems);
        page(second, firstLimit, secondLimit, "page 2", problems);
        if (first.path("total").asLong(-1) != second.path("total").asLong(-1)) {
            problems.add("pagination.total: page 1 says total " + first.path("total") + ", page 2 says "
                    + second.path("total"));
        }
        String key = identifyingField();
        Set<String> seen = new HashSet<>();
        first.path("items").forEach(item -> seen.add(identity(item, key)));
        List<String> repeated = new ArrayList<>();
        second.path("items").forEach(item -> {
            if (seen.contains(identity(item, key))) {
                repeated.add(identity(item, key));
            }
        });
        if (!repeated.isEmpty()) {
            problems.add("pagination.overlap: page 2 (skip " + firstLimit + ") repeats items of page 1: " + repeated);
        }
        return problems;
    }

    private static void page(JsonNode page, int skip, int limit, String which, List<String> problems) {
        if (page.has("skip") && page.path("skip").asLong() != skip) {
            problems.add(
                    "pagination.echo: " + which + " was asked for skip " + skip + " and says skip " + page.get("skip"));
        }
        if (page.has("limit") && page.path("limit").asLong() != limit) {
            problems.add("pagination.echo: " + which + " was asked for limit " + limit + " and says limit "
                    + page.get("limit"));
        }
        int items = page.path("items").size();
        if (items > limit) {
            problems.add("pagination.size: " + which + " holds " + items + " items, more than the limit " + limit);
        }
        if (page.has("total") && page.has("has_more")) {
            boolean more = skip + items < page.path("total").asLong();
            if (page.path("has_more").asBoolean() != more) {
                problems.add("pagination.hasMore: " + which + " says has_more " + page.get("has_more") + " with skip "
                        + skip + ", " + items + " items and total " + page.get("total"));
            }
        }
    }

    /**
     * The field that tells the items apart: the first one named {@code id} or ending in {@code _id} whose values
     * differ between all items of both pages ({@code user_id} among an organization's members, not their shared
     * {@code org_id}); null when none does, and items are then told apart by their whole value.
     */
    private String identifyingField() {
        List<JsonNode> items = new ArrayList<>();
        first.path("items").forEach(items::add);
        second.path("items").forEach(items::add);
        if (items.isEmpty()) {
            return null;
        }
        var names = items.get(0).fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (name.equals("id") || name.endsWith("_id")) {
                Set<String> values = new HashSet<>();
                items.forEach(item -> values.add(item.path(name).asText()));
                if (values.size() == items.size() || items.size() > 1 && distinctWithin(name)) {
                    return name;
                }
            }
        }
        return null;
    }

    /** Whether the field's values differ within each page, so that a value seen on both pages is a repeated item. */
    private boolean distinctWithin(String name) {
        for (JsonNode page : List.of(first, second)) {
            Set<String> values = new HashSet<>();
            for (JsonNode item : page.path("items")) {
                if (!values.add(item.path(name).asText())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String identity(JsonNode item, String key) {
        return key == null ? item.toString() : key + "=" + item.path(key).asText();
    }
}
