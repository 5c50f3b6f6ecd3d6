package io.github.devinapi.contract.recorder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.recordSpec;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.recording.RecordSpecBuilder;
import com.github.tomakehurst.wiremock.security.TokenAuthenticator;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.devinapi.contract.validation.Exchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * WireMock between the scenarios and the live tenant, recording what passes through it. Scenarios
 * authenticate to it with a token of its own; only a request bearing that token goes upstream, with
 * the real key in the token's place. The key lives only in that proxy stub, in memory: the client side
 * never sends it, and what is recorded is the client side's request; its admin API, which would show that
 * stub to any local process, requires a token made per run and given to nobody. Any other request (no or a
 * malformed credential) goes upstream exactly as sent, and is not recorded: recordings are replayed
 * with credentials.
 */
final class RecordingProxy implements AutoCloseable {

    /** Statuses the client retries: the request was not processed, so there is nothing to record. */
    private static final Set<Integer> RETRIED = Set.of(429, 503);

    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server;
    private final Path root;
    private final String token;
    private final Attribution attribution;
    private final Map<String, Integer> notRecorded = new LinkedHashMap<>();

    private RecordingProxy(WireMockServer server, Path root, String token, Attribution attribution) {
        this.server = server;
        this.root = root;
        this.token = token;
        this.attribution = attribution;
    }

    static RecordingProxy start(String upstream, String apiKey) {
        String token = "recording-proxy-" + UUID.randomUUID();
        Path root = emptyRoot();
        Attribution attribution = new Attribution();
        WireMockServer server = new WireMockServer(options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .usingFilesUnderDirectory(root.toString()) // the recorder writes nothing: bodies stay inline
                .gzipDisabled(true)
                .notifier(new Slf4jNotifier(false))
                // The proxy stub holds the key: its admin API answers only to a token nobody is given.
                .adminAuthenticator(new TokenAuthenticator(UUID.randomUUID().toString()))
                .extensions(attribution));
        server.start();
        server.stubFor(any(anyUrl())
                .atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(aResponse()
                        .proxiedFrom(upstream)
                        .withRemoveRequestHeader("Authorization")
                        .withAdditionalRequestHeader("Authorization", "Bearer " + apiKey)));
        server.stubFor(any(anyUrl()).atPriority(2).willReturn(aResponse().proxiedFrom(upstream)));
        return new RecordingProxy(server, root, token, attribution);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** What scenarios send as their bearer token; worthless anywhere but here. */
    String token() {
        return token;
    }

    /** The requests that follow belong to {@code scenario} (the suite sends one request at a time). */
    void nowServing(String scenario) {
        attribution.serving = scenario;
    }

    /** The exchanges of {@code scenario} since the last call, as recorded stub mappings. */
    synchronized List<Captured> take(String scenario) {
        List<Captured> captured = new ArrayList<>();
        for (UUID id : attribution.take(scenario)) {
            server.getServeEvents().getServeEvents().stream()
                    .filter(event -> event.getId().equals(id))
                    .findFirst()
                    .flatMap(this::capture)
                    .ifPresent(captured::add);
        }
        return captured;
    }

    /** Exchanges not recorded so far, counted by reason. */
    synchronized Map<String, Integer> notRecorded() {
        return Map.copyOf(notRecorded);
    }

    @Override
    public void close() {
        server.stop();
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a left-over empty temp directory is harmless
        }
    }

    private Optional<Captured> capture(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        String why = whyNotRecorded(request, event.getResponse().getStatus());
        if (why != null) {
            notRecorded.merge(why, 1, Integer::sum);
            return Optional.empty();
        }
        boolean json = isJson(request.getHeader("Content-Type")) && parses(request.getBodyAsString());
        RecordSpecBuilder spec = recordSpec()
                .onlyRequestIds(List.of(event.getId()))
                .onlyRequestsMatching(anyRequestedFor(anyUrl()).withHeader("Authorization", equalTo("Bearer " + token)))
                .extractTextBodiesOver(Long.MAX_VALUE)
                .extractBinaryBodiesOver(Long.MAX_VALUE)
                .makeStubsPersistent(false);
        // Malformed JSON is matched as text, with its content type, so that the replay sends both again.
        spec = json || request.getBodyAsString().isEmpty()
                ? spec.matchRequestBodyWithEqualToJson(true, true)
                : spec.matchRequestBodyWithEqualTo(false).captureHeader("Content-Type");
        List<StubMapping> stubs = server.snapshotRecord(spec).getStubMappings();
        // The recorder also serves what it records; these stubs must not answer later requests instead of the tenant.
        stubs.forEach(server::removeStubMapping);
        if (stubs.size() != 1) {
            return Optional.empty();
        }
        try {
            ObjectNode stub = (ObjectNode) JSON.readTree(Json.write(stubs.get(0)));
            exactUrl((ObjectNode) stub.get("request"), request.getUrl());
            return Optional.of(new Captured(stub, exchange(event)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The recorder matches a request with a query by urlPath and queryParameters, which also match requests with more
     * parameters (the first page would answer for the second): the recording keeps the exact url, query as sent.
     */
    private static void exactUrl(ObjectNode request, String url) {
        if (request.has("urlPath")) {
            request.remove(List.of("urlPath", "queryParameters"));
            request.put("url", url);
        }
    }

    private String whyNotRecorded(LoggedRequest request, int status) {
        if (!("Bearer " + token).equals(request.getHeader("Authorization"))) {
            return "sent without the run's credentials (recordings are replayed with credentials)";
        }
        if (RETRIED.contains(status)) {
            return "answered " + status + " and retried by the client";
        }
        String body = request.getBodyAsString();
        if (body.isEmpty() && BODY_METHODS.contains(request.getMethod().getName())) {
            return "a " + request.getMethod().getName()
                    + " without a body (its recording would match every request to the path)";
        }
        if (!body.isEmpty() && !isJson(request.getHeader("Content-Type"))) {
            return "a body that is not JSON (the embedded tenant answers those from the spec, whatever a recording says)";
        }
        return null;
    }

    private static Exchange exchange(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        String url = request.getUrl();
        int question = url.indexOf('?');
        Map<String, List<String>> requestHeaders = new LinkedHashMap<>();
        for (HttpHeader header : request.getHeaders().all()) {
            requestHeaders.put(header.key(), header.values());
        }
        Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
        for (HttpHeader header : event.getResponse().getHeaders().all()) {
            responseHeaders.put(header.key(), header.values());
        }
        String requestBody = request.getBodyAsString();
        String responseBody = event.getResponse().getBodyAsString();
        return new Exchange(
                new Exchange.Request(
                        request.getMethod().getName(),
                        question < 0 ? url : url.substring(0, question),
                        question < 0 ? null : url.substring(question + 1),
                        requestHeaders,
                        requestBody.isEmpty() ? null : requestBody),
                new Exchange.Response(
                        event.getResponse().getStatus(),
                        responseHeaders,
                        responseBody == null || responseBody.isEmpty() ? null : responseBody));
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String media = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return media.equals("application/json") || media.endsWith("+json");
    }

    private static boolean parses(String body) {
        try {
            JSON.readTree(body);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path emptyRoot() {
        try {
            Path root = Files.createTempDirectory("recording-proxy");
            Files.createDirectories(root.resolve("mappings"));
            Files.createDirectories(root.resolve("__files"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the recording proxy's root directory", e);
        }
    }

    /**
     * Which scenario each exchange belongs to: the one whose request was last admitted. Noted before the
     * answer leaves, so an exchange is attributed before its scenario can finish.
     */
    private static final class Attribution implements ServeEventListener {

        private final Map<String, List<UUID>> events = new LinkedHashMap<>();
        private volatile String serving = "";

        synchronized List<UUID> take(String scenario) {
            List<UUID> ids = events.remove(scenario);
            return ids == null ? List.of() : ids;
        }

        @Override
        public String getName() {
            return "recording-attribution";
        }

        @Override
        public boolean applyGlobally() {
            return true;
        }

        @Override
        public synchronized void beforeResponseSent(ServeEvent event, Parameters parameters) {
            events.computeIfAbsent(serving, scenario -> new ArrayList<>()).add(event.getId());
        }
    }
}
