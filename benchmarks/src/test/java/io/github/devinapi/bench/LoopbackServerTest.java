package io.github.devinapi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The benchmarks' loopback server and request bodies")
class LoopbackServerTest {

    private final LoopbackServer server = LoopbackServer.start(2);
    private final OkHttpClient http = Clients.okHttp();

    @AfterEach
    void stop() {
        Clients.close(http);
        server.close();
    }

    @Test
    @DisplayName("reads a fixed-length and a chunked body to the end and answers the canned success")
    void answersAfterReadingTheBody() throws IOException {
        List<String> ids = Members.userIds(1000);
        byte[] json = Members.json(Members.model(ids));

        assertThat(post(RequestBody.create(json, Members.JSON_TYPE))).isEqualTo("{\"status\":\"success\"}");
        assertThat(post(Members.streaming(ids))).isEqualTo("{\"status\":\"success\"}");

        assertThat(server.requests()).isEqualTo(2);
        assertThat(server.bodyBytes()).isEqualTo(2L * json.length);
    }

    @Test
    @DisplayName("streams exactly the bytes the generated model serialises to, escapes included")
    void streamingBodyEqualsTheModel() throws IOException {
        List<String> ids = List.of("user-1", "a<b>&'=", "caf\u00e9", "quote\"back\\slash", "tab\t");
        Buffer streamed = new Buffer();
        Members.streaming(ids).writeTo(streamed);

        assertThat(streamed.readUtf8())
                .isEqualTo(new String(Members.json(Members.model(ids)), java.nio.charset.StandardCharsets.UTF_8));
        Members.requireSameBody(ids);
    }

    @Test
    @DisplayName("gives distinct user ids of a fixed length")
    void userIds() {
        List<String> ids = Members.userIds(100_000);

        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).hasSize(13));
    }

    private String post(RequestBody body) throws IOException {
        Request request = new Request.Builder()
                .url(server.baseUrl() + Members.PATH)
                .post(body)
                .build();
        try (Response response = http.newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(200);
            return response.body().string();
        }
    }
}
