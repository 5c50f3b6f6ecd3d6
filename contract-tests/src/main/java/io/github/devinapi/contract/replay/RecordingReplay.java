package io.github.devinapi.contract.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.devinapi.contract.embedded.EmbeddedTenant;
import io.github.devinapi.contract.embedded.Served;
import io.github.devinapi.contract.recordings.RecordedScenario;
import io.github.devinapi.contract.recordings.Recording;
import io.github.devinapi.contract.scenario.Scenario;
import io.github.devinapi.contract.tenant.TestIds;
import io.github.devinapi.contract.validation.Exchange;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Optional;

/**
 * Replays one recording against the run's target, with the target's ids in place of the recording's
 * fake ones. Everywhere, the exchange must conform to the spec (the contract filter checks it); on the
 * embedded tenant, the recording itself must be what answers, with exactly the recorded status and body.
 */
public final class RecordingReplay {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<EmbeddedTenant> embedded;

    /** @param embedded the tenant the run's target serves the recordings from, if it is the embedded one */
    public RecordingReplay(Optional<EmbeddedTenant> embedded) {
        this.embedded = embedded;
    }

    public void replay(RecordedScenario recorded, Recording recording, Scenario scenario) {
        if (!recording.conforms()) {
            fail(recording.failure());
        }
        assumeTrue(
                !recorded.info().mutates() || scenario.target().allowsWrites(),
                "changes the tenant (scenario.json \"mutates\"): recorded scenarios that write run only with "
                        + "DEVIN_LIVE_ALLOW_WRITES=true");
        assumeTrue(
                recorded.info().replaysAlone() || scenario.target().isEmbedded(),
                () -> "the steps of " + recorded.info().stepsOf()
                        + " (scenario.json \"stepsOf\"), which runs them on a live "
                        + "tenant itself, in order and with the ids it gets back: replayed alone on the embedded tenant only");

        // when
        // A request that must be refused goes to ids that exist nowhere: on a live tenant, nothing it could do lands.
        TestIds ids = recorded.info().sendsInvalidRequest() ? scenario.ids().absent() : scenario.ids();
        Exchange.Request sent = IdPlaceholders.substitute(recording.exchange().request(), ids);
        RequestSpecification request =
                scenario.request(recorded.info().expectation()).urlEncodingEnabled(false);
        sent.headers().forEach((name, values) -> values.forEach(value -> request.header(name, value)));
        if (sent.body() != null) {
            request.body(sent.body());
        }
        Response response =
                request.request(sent.method(), sent.rawPath() + (sent.rawQuery() == null ? "" : "?" + sent.rawQuery()));

        // then: conformance was checked by the contract filter; the exact recording on the mock
        Exchange.Response recordedResponse = recording.exchange().response();
        embedded.ifPresent(tenant -> {
            List<Served> served = tenant.served().since(Math.toIntExact(scenario.mark()));
            assertThat(served)
                    .as("what the embedded tenant served for %s", recording.where())
                    .hasSize(1);
            assertThat(served.get(0).recording())
                    .as("the recording that answered %s", sent.line())
                    .hasValueSatisfying(answered -> assertThat(answered.where()).isEqualTo(recording.where()));
            assertThat(response.statusCode())
                    .as("status served for %s", recording.where())
                    .isEqualTo(recordedResponse.status());
            assertSameBody(response.asString(), recordedResponse.body(), recording.where());
        });
        scenario.finish();
    }

    private static void assertSameBody(String served, String recorded, String where) {
        if (recorded == null) {
            assertThat(served).as("body served for %s", where).isEmpty();
            return;
        }
        try {
            JsonNode expected = JSON.readTree(recorded);
            assertThat(JSON.readTree(served)).as("body served for %s", where).isEqualTo(expected);
        } catch (JsonProcessingException notJson) {
            assertThat(served).as("body served for %s", where).isEqualTo(recorded);
        }
    }
}
