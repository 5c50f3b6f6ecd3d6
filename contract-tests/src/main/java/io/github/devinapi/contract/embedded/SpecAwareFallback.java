package io.github.devinapi.contract.embedded;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.Exchange;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded tenant's answer to what no recording covers, derived from the spec as FastAPI would
 * answer it: an invalid request to an operation gets 422 with pydantic's {@code detail}; a path of no
 * operation 404, a method of none 405. A valid request no recording covers gets 404 and is logged as
 * unmatched, which fails the scenario: the tenant never invents a success, unless a schema-driven
 * scenario armed a {@link SynthesisedAnswers synthesised answer} for it.
 */
final class SpecAwareFallback implements ResponseDefinitionTransformerV2 {

    static final String NAME = "spec-aware-fallback";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ContractValidator validator;
    private final SynthesisedAnswers synthesised;

    SpecAwareFallback(ContractValidator validator, SynthesisedAnswers synthesised) {
        this.validator = validator;
        this.synthesised = synthesised;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Exchange.Request request = WireMockExchanges.request(event.getRequest());
        Optional<ContractOperation> operation = validator.operations().find(request.method(), request.rawPath());
        if (operation.isEmpty()) {
            return validator.operations().hasPath(request.rawPath())
                    ? json(405, Map.of("detail", "Method Not Allowed"))
                    : json(404, Map.of("detail", "Not Found"));
        }
        ArrayNode errors = FastApiValidationErrors.of(request, validator);
        if (!errors.isEmpty()) {
            return json(422, Map.of("detail", errors));
        }
        Optional<SynthesisedAnswers.Response> answer = synthesised.take(operation.get(), event.getId());
        if (answer.isPresent()) {
            return synthesisedResponse(answer.get());
        }
        return json(404, Map.of("detail", "The embedded tenant has no recording for " + request.line()));
    }

    private static ResponseDefinition synthesisedResponse(SynthesisedAnswers.Response answer) {
        if (answer.body() == null) {
            return aResponse().withStatus(answer.status()).build();
        }
        return json(answer.status(), answer.body());
    }

    private static ResponseDefinition json(int status, Object body) {
        try {
            return aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(JSON.writeValueAsString(body))
                    .build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
