package io.github.devinapi.contract.validation;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import com.atlassian.oai.validator.report.ValidationReport.MessageContext;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.devinapi.contract.model.ApiContract;
import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.contract.model.OperationCatalog;
import io.github.devinapi.spec.GenerationSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks exchanges against the contract in both directions: the request against the operation it is
 * sent to (parameters, content type, body schema, bearer), the response against the schema of its
 * status. {@link #validate} does the work once per exchange; {@link #judge} weighs what it found
 * against what a scenario means to do, as often as needed. Build one per run: building costs about
 * half a second, a check tens of microseconds.
 */
public final class ContractValidator {

    private static final String UNKNOWN_STATUS = "validation.response.status.unknown";
    /** A request that breaks the spec was answered with success: the server acted on what it should refuse. */
    public static final String INVALID_REQUEST_ACCEPTED = "scenario.invalidRequestAccepted";
    /** A scenario meant to send a request that breaks the spec, but the request conforms. */
    public static final String INVALID_REQUEST_CONFORMS = "scenario.invalidRequest";

    /** A response without Content-Type where the spec declares JSON. */
    public static final String MISSING_CONTENT_TYPE = "contract.response.contentType.missing";

    private static final String PARAMETER_RULES = "validation.request.parameter.";

    private final OpenApiInteractionValidator validator;
    private final OpenApiInteractionValidator parameterValidator;
    private final ApiContract contract;
    private final OperationCatalog operations;
    private final OperationIndex index;

    public ContractValidator(ApiContract contract) {
        this.contract = contract;
        this.operations = contract.operations();
        this.index = new OperationIndex(operations);
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(
                        new String(contract.document().bytes(), StandardCharsets.UTF_8))
                .withLevelResolver(ValidationLevels.resolver())
                .build();
        this.parameterValidator = OpenApiInteractionValidator.createForInlineApiSpecification(parameterView(contract))
                .withLevelResolver(ValidationLevels.resolver())
                .build();
    }

    /**
     * The spec as the parameter checks read it. Read as OpenAPI 3.1, the validator takes no query
     * parameter for an array (it expects its 3.0 array model) and reads a nullable one
     * ({@code anyOf [string, null]}) as JSON text: parameters are therefore checked against the 3.0
     * equivalent (nullability folded: a query string cannot carry a JSON null), everything else
     * against the spec exactly as written.
     */
    private static String parameterView(ApiContract contract) {
        ObjectNode view = GenerationSpec.withPlainParameterSchemas(contract.document());
        view.put("openapi", "3.0.3");
        return view.toString();
    }

    public OperationCatalog operations() {
        return operations;
    }

    /** The validator core that checks everything but parameters (for measuring the adapters against). */
    public OpenApiInteractionValidator core() {
        return validator;
    }

    /** The validator core that checks parameters, on the spec's 3.0 view. */
    public OpenApiInteractionValidator parameterCore() {
        return parameterValidator;
    }

    /** The contract this validator checks against. */
    public ApiContract contract() {
        return contract;
    }

    /** What breaks the spec in one exchange, in each direction: the one expensive step, done once per exchange. */
    public ExchangeFindings validate(Exchange exchange) {
        Optional<ContractOperation> operation =
                index.find(exchange.request().method(), exchange.request().rawPath());
        List<Violation> request = checkRequest(exchange.request(), operation);
        List<Violation> response = operation.isPresent() && exchange.response() != null
                ? checkResponse(exchange.request(), exchange.response(), operation.get())
                : List.of();
        return new ExchangeFindings(exchange, operation, request, response);
    }

    /** Weighs what {@link #validate} found against what a scenario means to do. */
    public Verdict judge(ExchangeFindings findings, Expectation expectation) {
        List<Violation> violations = new ArrayList<>();
        List<Violation> intended = new ArrayList<>();
        if (findings.operation().isEmpty()) {
            violations.addAll(findings.request()); // no operation in the spec: never intended
        } else if (expectation.sendsInvalidRequest()) {
            if (findings.request().isEmpty()) {
                violations.add(new Violation(
                        Violation.Direction.REQUEST,
                        "(whole request)",
                        "",
                        INVALID_REQUEST_CONFORMS,
                        "",
                        "the scenario means to send a request that breaks the spec, but the request conforms"));
            }
            intended.addAll(findings.request());
        } else {
            violations.addAll(findings.request());
        }
        boolean specGap = false;
        Exchange.Response response = findings.exchange().response();
        if (findings.operation().isPresent() && response != null) {
            for (Violation violation : findings.response()) {
                if (violation.rule().equals(UNKNOWN_STATUS)
                        && expectation.undocumentedStatuses().contains(response.status())) {
                    specGap = true;
                } else {
                    violations.add(violation);
                }
            }
            if (!intended.isEmpty() && response.status() >= 200 && response.status() < 300) {
                violations.add(new Violation(
                        Violation.Direction.RESPONSE,
                        "status",
                        "",
                        INVALID_REQUEST_ACCEPTED,
                        "",
                        "the server accepted an invalid request: it answered " + response.status()
                                + " to a request that " + "breaks the spec ("
                                + intended.get(0).describe() + ")"));
            }
        }
        return new Verdict(findings.exchange(), findings.operation(), violations, intended, specGap);
    }

    /** Validates and judges one exchange as a scenario with {@code expectation} means it. */
    public Verdict check(Exchange exchange, Expectation expectation) {
        return judge(validate(exchange), expectation);
    }

    /** The ways a request breaks the spec (empty when it conforms). */
    public List<Violation> checkRequest(Exchange.Request request) {
        return checkRequest(request, index.find(request.method(), request.rawPath()));
    }

    /** As {@link #checkRequest(Exchange.Request)}, for a request whose operation is already looked up. */
    private List<Violation> checkRequest(Exchange.Request request, Optional<ContractOperation> operation) {
        List<Violation> violations = new ArrayList<>(convert(validateRequest(request), Violation.Direction.REQUEST));
        operation
                .filter(ContractOperation::requiresBearer)
                .filter(found -> !BearerRule.isBearer(request.header("Authorization")))
                .ifPresent(found -> violations.add(BearerRule.violation(request.header("Authorization"))));
        return violations;
    }

    /** The raw validator messages for a request, for callers that need the validator's own context. */
    public ValidationReport validateRequest(Exchange.Request request) {
        var model = ValidatorModel.request(request);
        List<Message> messages = new ArrayList<>();
        validator.validateRequest(model).getMessages().stream()
                .filter(message -> !message.getKey().startsWith(PARAMETER_RULES))
                .forEach(messages::add);
        parameterValidator.validateRequest(model).getMessages().stream()
                .filter(message -> message.getKey().startsWith(PARAMETER_RULES))
                .forEach(messages::add);
        return ValidationReport.from(messages);
    }

    /**
     * The response against the schema of its status. The library skips the body of a response without
     * {@code Content-Type}; where the spec declares JSON for the status, such a response is a violation of
     * its own and its body is still checked, read as the JSON the spec declares.
     */
    private List<Violation> checkResponse(
            Exchange.Request request, Exchange.Response response, ContractOperation operation) {
        List<Violation> violations = new ArrayList<>();
        Exchange.Response checked = response;
        if (response.header("Content-Type") == null && DeclaredContent.isJson(operation, response.status())) {
            violations.add(new Violation(
                    Violation.Direction.RESPONSE,
                    "Content-Type",
                    "",
                    MISSING_CONTENT_TYPE,
                    "",
                    "the response has no Content-Type, where the spec declares application/json for status "
                            + response.status()));
            checked = DeclaredContent.asJson(response);
        }
        ValidationReport report = validator.validateResponse(
                request.rawPath(), ValidatorModel.method(request.method()), ValidatorModel.response(checked));
        violations.addAll(convert(report, Violation.Direction.RESPONSE));
        return violations;
    }

    private static List<Violation> convert(ValidationReport report, Violation.Direction direction) {
        List<Violation> violations = new ArrayList<>();
        for (Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                violations.add(toViolation(message, direction));
            }
        }
        return violations;
    }

    static Violation toViolation(Message message, Violation.Direction direction) {
        Optional<MessageContext.Pointers> pointers = message.getContext().flatMap(MessageContext::getPointers);
        String pointer = pointers.map(MessageContext.Pointers::getInstance).orElse("");
        String schemaPointer = pointers.map(MessageContext.Pointers::getSchema).orElse("");
        return new Violation(
                direction,
                partOf(message),
                pointer,
                message.getKey(),
                schemaPointer,
                message.getMessage().replaceAll("\\s+", " ").trim());
    }

    private static String partOf(Message message) {
        String key = message.getKey();
        if (key.contains(".body")) {
            return "body";
        }
        if (key.contains(".contentType")) {
            return "Content-Type";
        }
        if (key.contains(".status")) {
            return "status";
        }
        if (key.contains(".parameter")) {
            return message.getContext()
                    .flatMap(MessageContext::getParameter)
                    .map(parameter -> parameter.getIn() + " parameter " + parameter.getName())
                    .orElse("parameter");
        }
        if (key.contains(".header")) {
            return "header";
        }
        if (key.contains(".path") || key.contains(".operation")) {
            return "path";
        }
        return "request";
    }
}
