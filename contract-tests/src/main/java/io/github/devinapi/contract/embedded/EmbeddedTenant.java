package io.github.devinapi.contract.embedded;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.and;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.contract.recordings.RecordedScenario;
import io.github.devinapi.contract.recordings.Recording;
import io.github.devinapi.contract.recordings.RecordingLibrary;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.Exchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The default target: WireMock in this JVM on a free loopback port, serving every recorded scenario.
 *
 * <p>Precedence, as FastAPI applies it: authentication first (no well-formed bearer token: 401,
 * whatever the recordings say), then a non-JSON content type (422), then an answer a schema-driven
 * scenario armed, then the recordings, then the spec-aware fallback. Paths are matched in their {@link CanonicalPath} spelling. Every served
 * exchange is checked against the spec and logged.
 */
public final class EmbeddedTenant implements AutoCloseable {

    private static final int AUTH_PRIORITY = 1;
    private static final int CONTENT_TYPE_PRIORITY = 3;
    private static final int ARMED_ANSWER_PRIORITY = 4;
    private static final int FALLBACK_PRIORITY = 1000;
    private static final String JSON_MEDIA_TYPE = "(?i)\\s*application/([a-z0-9.+-]*\\+)?json\\s*(;.*)?";

    private final WireMockServer server;
    private final Path root;
    private final Map<UUID, StubRole> roles;
    private final ServedLog served;
    private final SynthesisedAnswers synthesised;
    private StubMapping armed;

    private EmbeddedTenant(
            WireMockServer server,
            Path root,
            Map<UUID, StubRole> roles,
            ServedLog served,
            SynthesisedAnswers synthesised) {
        this.server = server;
        this.root = root;
        this.roles = roles;
        this.served = served;
        this.synthesised = synthesised;
    }

    public static EmbeddedTenant start(ContractValidator validator, RecordingLibrary library) {
        Map<UUID, StubRole> roles = new ConcurrentHashMap<>();
        ServedLog served = new ServedLog();
        SynthesisedAnswers synthesised =
                new SynthesisedAnswers(validator.contract().document().root());
        Path root = emptyRoot();
        WireMockServer server = new WireMockServer(options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .usingFilesUnderDirectory(root.toString()) // nothing loaded from disk: stubs are added below
                .gzipDisabled(true)
                .jettyAcceptors(1)
                .containerThreads(8)
                .notifier(new Slf4jNotifier(false))
                .extensions(
                        new CanonicalPathFilter(),
                        new ContractServeListener(validator, roles, served, synthesised),
                        new SpecAwareFallback(validator, synthesised)));
        server.start();
        EmbeddedTenant tenant = new EmbeddedTenant(server, root, roles, served, synthesised);
        library.scenarios().forEach(tenant::serve);
        validator.operations().all().stream()
                .filter(ContractOperation::requiresBearer)
                .forEach(tenant::guard);
        validator.operations().all().forEach(tenant::refuseNonJsonBodies);
        tenant.fallBackOnTheSpec();
        return tenant;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public ServedLog served() {
        return served;
    }

    /**
     * Arms the answer to the next valid request (schema-driven scenarios), ahead of any recording that covers it:
     * the scenario asked for that status. The tenant still validates the request first, and an invalid one still
     * gets 422.
     */
    public void answerNextValidRequest(SynthesisedAnswers.Answer answer) {
        answerNextValidRequests(List.of(answer));
    }

    /** The spec (as written) the tenant answers from. */
    public JsonNode specRoot() {
        return synthesised.specRoot();
    }

    /** As {@link #answerNextValidRequest}, for the next valid requests, one answer each, in order (pages of a list). */
    public synchronized void answerNextValidRequests(List<SynthesisedAnswers.Answer> answers) {
        synthesised.arm(answers);
        if (armed == null) {
            armed = add(
                    server.stubFor(any(anyUrl())
                            .atPriority(ARMED_ANSWER_PRIORITY)
                            .willReturn(aResponse().withTransformers(SpecAwareFallback.NAME))),
                    new StubRole.SpecFallback());
        }
    }

    /** Withdraws the armed answer, used or not. */
    public synchronized void withdrawAnswer() {
        synthesised.disarm();
        if (armed != null) {
            server.removeStubMapping(armed);
            armed = null;
        }
    }

    /** Recordings this tenant serves that no exchange has used (yet), by file. */
    public List<String> unusedRecordings() {
        Set<Recording> used = served.all().stream()
                .map(Served::recording)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        return roles.values().stream()
                .filter(StubRole.Recorded.class::isInstance)
                .map(role -> ((StubRole.Recorded) role).recording())
                .filter(recording -> !used.contains(recording))
                .map(Recording::where)
                .sorted()
                .toList();
    }

    @Override
    public void close() {
        server.stop();
        try {
            Files.deleteIfExists(root);
        } catch (IOException ignored) {
            // a left-over empty temp directory is harmless
        }
    }

    private void serve(RecordedScenario scenario) {
        for (Recording recording : scenario.recordings()) {
            if (recording.usable()) {
                ObjectNode json = recording.stub().deepCopy();
                ObjectNode request = (ObjectNode) json.get("request");
                if (request.has("urlPath")) {
                    // urlPath with queryParameters also matches requests with more parameters: the replayed url,
                    // exactly.
                    Exchange.Request replayed = recording.exchange().request();
                    request.remove(List.of("urlPath", "queryParameters"));
                    request.put(
                            "url", replayed.rawPath() + (replayed.rawQuery() == null ? "" : "?" + replayed.rawQuery()));
                }
                if (request.hasNonNull("url")) {
                    request.put("url", CanonicalPath.of(request.get("url").asText()));
                }
                StubMapping stub = StubMapping.buildFrom(json.toString());
                stub.setId(UUID.randomUUID());
                add(stub, new StubRole.Recorded(recording, scenario.info().expectation()));
            }
        }
    }

    /** 401 for a request without a well-formed bearer token; the texts are FastAPI HTTPBearer's. */
    private void guard(ContractOperation operation) {
        var path = urlPathMatching(operation.pathRegex());
        add(
                server.stubFor(request(operation.method(), path)
                        .atPriority(AUTH_PRIORITY)
                        .withHeader("Authorization", absent())
                        .willReturn(unauthorized("Not authenticated"))),
                new StubRole.AuthGuard());
        add(
                server.stubFor(request(operation.method(), path)
                        .atPriority(AUTH_PRIORITY)
                        .withHeader("Authorization", matching("\\s*\\S*\\s*"))
                        .willReturn(unauthorized("Not authenticated"))),
                new StubRole.AuthGuard());
        add(
                server.stubFor(request(operation.method(), path)
                        .atPriority(AUTH_PRIORITY + 1)
                        .withHeader("Authorization", notMatching("(?i)bearer +\\S+\\s*"))
                        .willReturn(unauthorized("Invalid authentication credentials"))),
                new StubRole.AuthGuard());
    }

    /**
     * A body under a non-JSON content type goes to the fallback before any recording: FastAPI does not
     * read it as JSON, whatever it holds, while a recording's equalToJson would match it.
     */
    private void refuseNonJsonBodies(ContractOperation operation) {
        add(
                server.stubFor(request(operation.method(), urlPathMatching(operation.pathRegex()))
                        .atPriority(CONTENT_TYPE_PRIORITY)
                        // a Content-Type that is there and is not JSON: a request without one (a GET) is not refused
                        // here
                        .withHeader("Content-Type", and(matching(".+"), notMatching(JSON_MEDIA_TYPE)))
                        .willReturn(aResponse().withTransformers(SpecAwareFallback.NAME))),
                new StubRole.SpecFallback());
    }

    private void fallBackOnTheSpec() {
        add(
                server.stubFor(any(anyUrl())
                        .atPriority(FALLBACK_PRIORITY)
                        .willReturn(aResponse().withTransformers(SpecAwareFallback.NAME))),
                new StubRole.SpecFallback());
    }

    private StubMapping add(StubMapping stub, StubRole role) {
        roles.put(stub.getId(), role);
        if (role instanceof StubRole.Recorded) {
            server.addStubMapping(stub);
        }
        return stub;
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder unauthorized(String detail) {
        return aResponse()
                .withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withHeader("WWW-Authenticate", "Bearer")
                .withBody("{\"detail\":\"" + detail + "\"}");
    }

    private static Path emptyRoot() {
        try {
            return Files.createTempDirectory("embedded-tenant");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the embedded tenant's empty root directory", e);
        }
    }
}
