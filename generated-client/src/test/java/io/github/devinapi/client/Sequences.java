package io.github.devinapi.client;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.function.Supplier;

/** Stubs that answer successive requests with successive responses; the last one repeats. */
final class Sequences {

    private Sequences() {}

    static void answer(
            WireMockExtension server, Supplier<MappingBuilder> request, ResponseDefinitionBuilder... responses) {
        for (int i = 0; i < responses.length; i++) {
            ScenarioMappingBuilder mapping = request.get()
                    .inScenario("sequence")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "answer " + i)
                    .willReturn(responses[i]);
            if (i < responses.length - 1) {
                mapping = mapping.willSetStateTo("answer " + (i + 1));
            }
            server.stubFor(mapping);
        }
    }
}
