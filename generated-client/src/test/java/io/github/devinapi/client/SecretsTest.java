package io.github.devinapi.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.devinapi.client.TestClients.MEMBERS_PATH;
import static io.github.devinapi.client.TestClients.members;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A canary key, made fresh for each run, is sent as the bearer token and nowhere else: not in logs at any
 * level, exception messages, toString, kept bodies, nor in files under target/. Assertions state only
 * whether the canary was found, so that a failure report cannot leak it either.
 */
class SecretsTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    /** Built at run time so that no committed file holds a string shaped like a real key. */
    private static final String CANARY_PREFIX = "apk_user_" + "CANARY";

    private static final String CANARY =
            CANARY_PREFIX + UUID.randomUUID().toString().replace("-", "");
    private static final Pattern ANY_CANARY = Pattern.compile(Pattern.quote(CANARY_PREFIX) + "[0-9a-f]{32}");

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final List<String> exceptionTexts = new ArrayList<>();
    private final Logger julLogger = Logger.getLogger("io.github.devinapi.client");
    private final List<String> julRecords = new CopyOnWriteArrayList<>();
    private final Handler julCapture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            julRecords.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @AfterEach
    void removeCapture() {
        julLogger.removeHandler(julCapture);
    }

    @Test
    void the_key_is_sent_as_bearer_token_but_never_logged_even_when_the_server_echoes_it() {
        server.stubFor(post(MEMBERS_PATH)
                .willReturn(okJson("{\"status\":\"success\",\"echo\":\"" + CANARY + "\"}")
                        .withHeader("Set-Cookie", "session=cookie-value-1")));

        try (DevinClient client = debugClient()) {
            assertThat(client.execute(client.organizations().addOrganizationMembers("org-1", members()))
                            .getStatus())
                    .isEqualTo("success");
        }

        assertThat(bearerTokens())
                .as("the request carried the canary as bearer token")
                .containsExactly(true);
        assertThat(log)
                .as("debug log")
                .anyMatch(line -> line.equals("> Authorization: [redacted]"))
                .anyMatch(line -> line.equals("< Set-Cookie: [redacted]"))
                .noneMatch(line -> line.contains("cookie-value-1"));
        assertThat(mentionsCanary(log)).as("the log mentions the canary").isFalse();
    }

    @Test
    void a_redirect_is_not_followed_so_the_key_never_reaches_another_origin() {
        WireMockServer elsewhere = new WireMockServer(wireMockConfig().dynamicPort());
        elsewhere.start();
        try {
            // given: the API answers with a redirect to another origin, which would accept anything
            elsewhere.stubFor(any(anyUrl()).willReturn(okJson("{\"status\":\"success\"}")));
            server.stubFor(post(MEMBERS_PATH)
                    .willReturn(
                            aResponse().withStatus(307).withHeader("Location", elsewhere.baseUrl() + MEMBERS_PATH)));

            // when
            UnexpectedStatusException redirected;
            try (DevinClient client = debugClient()) {
                redirected = catchThrowableOfType(
                        UnexpectedStatusException.class,
                        () -> client.execute(client.organizations().addOrganizationMembers("org-1", members())));
            }

            // then: nothing went to the other origin, and the failure says what to do
            assertThat(elsewhere.getAllServeEvents())
                    .as("requests the other origin received")
                    .isEmpty();
            assertThat(redirected.statusCode()).hasValue(307);
            assertThat(redirected.getMessage()).contains("follows no redirects", "set baseUrl");
            assertThat(mentionsCanary(List.of(redirected.getMessage()))).isFalse();
        } finally {
            elsewhere.stop();
        }
    }

    @Test
    void api_key_like_fields_tokens_and_cookies_are_redacted_in_logged_bodies_and_urls() {
        server.stubFor(
                post(MEMBERS_PATH)
                        .willReturn(
                                okJson(
                                        "{\"status\":\"success\",\"api_key\":\"value-1\",\"accessToken\":\"value-2\",\"client_secret\":\"value-3\"}")));

        try (DevinClient client = debugClient()) {
            client.execute(client.organizations().addOrganizationMembers("org-1", members()));
        }

        assertThat(log)
                .anyMatch(line -> line.equals("< {\"status\":\"success\",\"api_key\":\"[redacted]\","
                        + "\"accessToken\":\"[redacted]\",\"client_secret\":\"[redacted]\"}"));
        assertThat(log)
                .noneMatch(line -> line.contains("value-1") || line.contains("value-2") || line.contains("value-3"));
    }

    @Test
    void no_exception_message_to_string_or_kept_body_holds_the_key() {
        failWith(aResponse().withStatus(401).withBody("{\"detail\":\"key " + CANARY + " is revoked\"}"));
        failWith(aResponse()
                .withStatus(422)
                .withBody("{\"detail\":[{\"loc\":[\"header\",\"" + CANARY + "\"],"
                        + "\"msg\":\"bad\",\"type\":\"x\"}]}"));
        failWith(aResponse()
                .withStatus(500)
                .withHeader("Content-Type", "text/html")
                .withBody("<html><title>" + CANARY + "</title></html>"));
        failWith(aResponse().withStatus(200).withBody("{\"status\":{\"key\":\"" + CANARY + "\"}}"));
        failWith(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThat(exceptionTexts).hasSize(5);
        assertThat(mentionsCanary(exceptionTexts))
                .as("an exception mentions the canary")
                .isFalse();
        assertThat(mentionsCanary(log)).as("the log mentions the canary").isFalse();
    }

    @Test
    void neither_the_client_nor_its_builder_shows_the_key() {
        DevinClientBuilder builder =
                TestClients.against(server, new ManualTime()).apiKey(CANARY);
        try (DevinClient client = builder.build()) {
            assertThat(mentionsCanary(List.of(builder.toString(), client.toString())))
                    .as("toString shows the key")
                    .isFalse();
            assertThat(client.toString()).contains("apiKey=[redacted]");
        }
    }

    @Test
    void a_malformed_key_is_rejected_without_being_shown() {
        String malformed = CANARY + "\n";
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> DevinClient.builder().apiKey(malformed).build());

        assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
        assertThat(mentionsCanary(List.of(thrown.getMessage())))
                .as("the message shows the key")
                .isFalse();
    }

    @Test
    void devin_log_debug_through_the_system_logger_is_redacted_too() {
        julLogger.addHandler(julCapture);
        server.stubFor(post(MEMBERS_PATH).willReturn(okJson("{\"status\":\"success\"}")));

        try (DevinClient client = DevinClient.builder()
                .fromEnv(Map.of("DEVIN_API_KEY", CANARY, "DEVIN_API_BASE_URL", server.baseUrl(), "DEVIN_LOG", "debug"))
                .build()) {
            client.execute(client.organizations().addOrganizationMembers("org-1", members()));
        }

        assertThat(julRecords)
                .anyMatch(line -> line.startsWith("--> POST " + server.baseUrl() + MEMBERS_PATH))
                .anyMatch(line -> line.equals("> Authorization: [redacted]"));
        assertThat(mentionsCanary(julRecords))
                .as("the system log mentions the canary")
                .isFalse();
    }

    /**
     * Reports and other files that earlier test classes and builds left under target/. A fresh build
     * that runs this class first has fewer files to check; the next build checks those it left.
     */
    @Test
    void no_file_under_target_holds_a_canary_key() throws IOException {
        Path target = Path.of(System.getProperty("basedir", "."), "target");
        List<Path> leaking;
        try (Stream<Path> files = Files.walk(target)) {
            leaking = files.filter(Files::isRegularFile)
                    .filter(SecretsTest::holdsACanary)
                    .collect(Collectors.toList());
        }

        assertThat(leaking).isEmpty();
    }

    private DevinClient debugClient() {
        return TestClients.against(server, new ManualTime())
                .apiKey(CANARY)
                .logLevel(LogLevel.DEBUG)
                .logSink(log::add)
                .build();
    }

    private void failWith(ResponseDefinitionBuilder response) {
        server.resetAll();
        server.stubFor(post(MEMBERS_PATH).willReturn(response));
        try (DevinClient client = TestClients.against(server, new ManualTime())
                .apiKey(CANARY)
                .maxRetries(0)
                .logLevel(LogLevel.DEBUG)
                .logSink(log::add)
                .build()) {
            client.execute(client.organizations().addOrganizationMembers("org-1", members()));
        } catch (DevinApiException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            exceptionTexts.add(e + "\n" + e.rawBody() + "\n" + e.context() + "\n" + trace);
        }
    }

    private List<Boolean> bearerTokens() {
        return server.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .map(request -> ("Bearer " + CANARY).equals(request.getHeader("Authorization")))
                .collect(Collectors.toList());
    }

    private static boolean mentionsCanary(List<String> texts) {
        return texts.stream()
                .anyMatch(text ->
                        text.contains(CANARY) || ANY_CANARY.matcher(text).find());
    }

    private static boolean holdsACanary(Path file) {
        try {
            if (Files.size(file) > 50_000_000) {
                return false;
            }
            return ANY_CANARY
                    .matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                    .find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
