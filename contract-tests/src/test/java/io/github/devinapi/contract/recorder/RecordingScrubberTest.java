package io.github.devinapi.contract.recorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules a recording is scrubbed by before it is written. */
@DisplayName("The recording scrubber")
class RecordingScrubberTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "scrubber-test-key-" + System.nanoTime();

    private final RecordingScrubber scrubber =
            new RecordingScrubber(KEY, RecordingScrubber.placeholdersFor("org-7f3a", List.of("user-a1", "user-b2")));

    @Test
    @DisplayName("drops Authorization, cookies and every header whose name looks secret, and transport headers")
    void headers() throws IOException {
        ObjectNode stub = stub(
                "{\"request\":{\"url\":\"/v2/x\",\"method\":\"GET\",\"headers\":{"
                        + "\"Authorization\":{\"equalTo\":\"Bearer x\"},\"Cookie\":{\"equalTo\":\"a=b\"},\"Accept\":{\"equalTo\":\"*/*\"}}},"
                        + "\"response\":{\"status\":200,\"headers\":{\"Set-Cookie\":\"session=abc\",\"X-Api-Key\":\"k\","
                        + "\"X-Session-Id\":\"s\",\"Content-Length\":\"12\",\"Content-Encoding\":\"gzip\",\"Content-Type\":\"application/json\"}}}");

        JsonNode clean = scrubber.scrub(stub);

        assertThat(names(clean.at("/request/headers"))).containsExactly("Accept");
        assertThat(names(clean.at("/response/headers"))).containsExactly("Content-Type");
    }

    @Test
    @DisplayName("scrubs the values of secret-looking fields, and credential-shaped strings anywhere")
    void secrets() throws IOException {
        String body = "{\"status\":\"success\",\"api_key\":\"k-1\",\"session\":{\"id\":\"s-1\",\"n\":3},"
                + "\"note\":\"sent with Bearer abcdefghijkl and " + KEY + "\",\"tokens\":[\"t-1\"]}";
        ObjectNode stub =
                stub("{\"request\":{\"url\":\"/v2/x\",\"method\":\"GET\"},\"response\":{\"status\":200,\"body\":"
                        + JSON.writeValueAsString(body) + "}}");

        JsonNode clean = JSON.readTree(scrubber.scrub(stub).at("/response/body").asText());

        assertThat(clean.get("status").asText()).isEqualTo("success");
        assertThat(clean.get("api_key").asText()).isEqualTo(RecordingScrubber.SCRUBBED);
        assertThat(clean.at("/session/id").asText()).isEqualTo(RecordingScrubber.SCRUBBED);
        assertThat(clean.at("/session/n").asInt())
                .as("numbers cannot hold a token: kept")
                .isEqualTo(3);
        assertThat(clean.at("/tokens/0").asText()).isEqualTo(RecordingScrubber.SCRUBBED);
        assertThat(clean.get("note").asText()).isEqualTo("sent with <scrubbed> and <scrubbed>");
    }

    @Test
    @DisplayName("replaces the test ids by placeholders in the URL, the bodies and the headers; whole ids only")
    void ids() throws IOException {
        ObjectNode stub = stub(
                "{\"name\":\"v2_enterprise_organizations_org-7f3a_members\","
                        + "\"request\":{\"url\":\"/v2/enterprise/organizations/org-7f3a/members\",\"method\":\"POST\","
                        + "\"bodyPatterns\":[{\"equalToJson\":\"{\\\"user_ids\\\":[\\\"user-b2\\\",\\\"user-a1x\\\"],\\\"org_ids\\\":[\\\"org-7f3a\\\"]}\"}]},"
                        + "\"response\":{\"status\":200,\"headers\":{\"X-Org\":\"org-7f3a\"},\"body\":\"{\\\"detail\\\":\\\"added user-a1 to org-7f3a\\\"}\"}}");

        JsonNode clean = scrubber.scrub(stub);

        assertThat(clean.at("/request/url").asText()).isEqualTo("/v2/enterprise/organizations/org-test-0001/members");
        assertThat(JSON.readTree(clean.at("/request/bodyPatterns/0/equalToJson").asText()))
                .isEqualTo(JSON.readTree(
                        "{\"user_ids\":[\"user-test-0002\",\"user-a1x\"],\"org_ids\":[\"org-test-0001\"]}"));
        assertThat(clean.at("/response/headers/X-Org").asText()).isEqualTo("org-test-0001");
        assertThat(clean.at("/response/body").asText()).contains("added user-test-0001 to org-test-0001");
        assertThat(clean.get("name").asText()).isEqualTo("v2_enterprise_organizations_org-test-0001_members");
        assertThat(scrubber.holdsTestId(clean.toString())).isFalse();
    }

    @Test
    @DisplayName(
            "replaces the test group by its placeholder, ids that are keys too, and spells created names as the embedded tenant does")
    void groupAndCreatedNames() throws IOException {
        RecordingScrubber withGroup = new RecordingScrubber(
                KEY, RecordingScrubber.placeholdersFor("org-7f3a", List.of("user-a1"), "platform-testers"));
        ObjectNode stub = stub(
                "{\"request\":{\"url\":\"/v2/enterprise/groups/contract-run-0a1b2c3d4e5f-group\",\"method\":\"GET\"},"
                        + "\"response\":{\"status\":200,\"body\":\"{\\\"group_name\\\":\\\"contract-run-0a1b2c3d4e5f-group\\\","
                        + "\\\"emails\\\":[\\\"contract-run-0a1b2c3d4e5f-invitee@example.com\\\"],\\\"groups\\\":[\\\"platform-testers\\\"],"
                        + "\\\"role_by_org_id\\\":{\\\"org-7f3a\\\":\\\"member\\\"}}\"}}");

        JsonNode clean = withGroup.scrub(stub);

        assertThat(clean.at("/request/url").asText()).isEqualTo("/v2/enterprise/groups/contract-run-test-group");
        assertThat(JSON.readTree(clean.at("/response/body").asText()))
                .isEqualTo(
                        JSON.readTree(
                                "{\"group_name\":\"contract-run-test-group\",\"emails\":[\"contract-run-test-invitee@example.com\"],"
                                        + "\"groups\":[\"group-test-0001\"],\"role_by_org_id\":{\"org-test-0001\":\"member\"}}"));
        assertThat(withGroup.holdsTestId(clean.toString())).isFalse();
    }

    private static ObjectNode stub(String json) throws IOException {
        return (ObjectNode) JSON.readTree(json);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
