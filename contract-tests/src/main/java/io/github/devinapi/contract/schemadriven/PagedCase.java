package io.github.devinapi.contract.schemadriven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.Gson;
import io.github.devinapi.client.DevinClient;
import io.github.devinapi.client.Page;
import io.github.devinapi.contract.embedded.EmbeddedTenant;
import io.github.devinapi.contract.embedded.Served;
import io.github.devinapi.contract.embedded.SynthesisedAnswers;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.spec.PagingRule;
import io.github.devinapi.spec.SchemaSampler;
import java.io.IOException;
import java.util.List;
import retrofit2.Call;

/**
 * A paged list read as users read it, {@code devin.paginate(call)}: the tenant answers a first, full page of
 * {@value SchemaDrivenRunner#PAGE_SIZE} items with {@code has_more} true and a second of one item with
 * {@code has_more} false, sampled from the page schema; the client must ask for the second page with the
 * next start, stop there, and hand back the three items as the tenant sent them.
 */
final class PagedCase {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final EmbeddedTenant tenant;
    private final ReflectiveCall calls;
    private final Gson gson;

    PagedCase(EmbeddedTenant tenant, ReflectiveCall calls, Gson gson) {
        this.tenant = tenant;
        this.calls = calls;
        this.gson = gson;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void run(SchemaDrivenCase generated, Scenario scenario) {
        PagingRule.PagedOperation paging = generated.paging();
        SchemaSampler sampler = new SchemaSampler(tenant.specRoot(), generated.seed(), SchemaSampler.Mode.FULL);
        ObjectNode first = page(sampler, paging, 0, SchemaDrivenRunner.PAGE_SIZE, true);
        ObjectNode second = page(sampler, paging, SchemaDrivenRunner.PAGE_SIZE, 1, false);
        tenant.answerNextValidRequests(List.of(
                new SynthesisedAnswers.Answer(200, generated.seed(), first),
                new SynthesisedAnswers.Answer(200, generated.seed(), second)));
        DevinClient devin = scenario.devin();
        List<Object> items;
        try {
            Call call = calls.call(devin, generated.operation(), generated.request());
            items = (List<Object>)
                    devin.paginate((Call<? extends Page<Object>>) call).toList();
        } finally {
            tenant.withdrawAnswer();
        }
        List<Served> served = tenant.served().since(Math.toIntExact(scenario.mark()));
        if (served.size() != 2) {
            throw new AssertionError("paging through three items took " + served.size() + " request(s), not two");
        }
        String next = served.get(1).query();
        String expectedStart = paging.style().startParameter + "=" + nextStart(paging);
        if (next == null || !("&" + next).contains("&" + expectedStart)) {
            throw new AssertionError("the second page was asked with " + next + ", not " + expectedStart);
        }
        ArrayNode expected =
                MAPPER.createArrayNode().addAll((ArrayNode) first.get("items")).addAll((ArrayNode) second.get("items"));
        List<String> differences = JsonEquivalence.differences(expected, tree(gson.toJson(items)));
        if (!differences.isEmpty()) {
            throw new AssertionError("the items paged through differ from the pages sent at " + differences);
        }
    }

    private static int nextStart(PagingRule.PagedOperation paging) {
        return paging.style() == PagingRule.Style.OFFSET
                ? paging.firstStart() + SchemaDrivenRunner.PAGE_SIZE
                : paging.firstStart() + 1;
    }

    private static ObjectNode page(
            SchemaSampler sampler, PagingRule.PagedOperation paging, int skip, int count, boolean more) {
        ObjectNode page = (ObjectNode) sampler.sample(paging.pageSchema());
        ArrayNode items = page.putArray("items");
        JsonNode itemSchema =
                paging.pageSchema().path("properties").path("items").path("items");
        for (int i = 0; i < count; i++) {
            items.add(sampler.sample(itemSchema));
        }
        page.put("has_more", more);
        if (page.has("skip") || paging.pageSchema().path("properties").has("skip")) {
            page.put("skip", skip);
        }
        if (paging.pageSchema().path("properties").has("limit")) {
            page.put("limit", SchemaDrivenRunner.PAGE_SIZE);
        }
        if (paging.pageSchema().path("properties").has("total")) {
            page.put("total", SchemaDrivenRunner.PAGE_SIZE + 1);
        }
        return page;
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
