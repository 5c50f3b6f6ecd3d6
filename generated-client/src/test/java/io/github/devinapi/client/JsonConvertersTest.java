package io.github.devinapi.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.devinapi.client.TestClients.MEMBERS_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import io.github.devinapi.client.invoker.JSON;
import io.github.devinapi.client.model.EnterpriseBulkOrgMembersUpdate;
import io.github.devinapi.client.model.SuccessResponse;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/** The client's JSON converters give what Retrofit's Gson converter gives, byte for byte, in one pass. */
class JsonConvertersTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static final Gson GSON = new JSON().getGson();
    private static final Annotation[] NONE = new Annotation[0];
    private static final Retrofit RETROFIT =
            new Retrofit.Builder().baseUrl("http://127.0.0.1/").build();

    private final ManualTime time = new ManualTime();

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "user-1",
                "Ada Lovelace, née Byron",
                "quotes \" and \\ backslashes, <html> & = ' escaped by Gson",
                "line\nbreaks\tand \u0001 controls, \u2028 and \u2029",
                "CJK 统一码, emoji 🚀🙂, a pair at the end 🚀",
                "a lone high surrogate \uD83D then text, a lone low \uDE80 too",
                "a high surrogate at the very end \uD83D",
            })
    void a_request_body_has_the_bytes_and_type_of_retrofits_gson_converter(String text) throws IOException {
        EnterpriseBulkOrgMembersUpdate members = new EnterpriseBulkOrgMembersUpdate()
                .userIds(List.of(text, "user-2"))
                .orgIds(List.of("org-1"));

        RequestBody ours = request(new JsonConverters(GSON), EnterpriseBulkOrgMembersUpdate.class, members);
        RequestBody retrofits =
                request(GsonConverterFactory.create(GSON), EnterpriseBulkOrgMembersUpdate.class, members);

        assertThat(bytes(ours)).isEqualTo(bytes(retrofits));
        assertThat(ours.contentType()).isEqualTo(retrofits.contentType());
        assertThat(ours.contentLength()).isEqualTo(retrofits.contentLength());
    }

    @Test
    void writes_of_single_characters_and_arrays_join_a_surrogate_pair_split_between_them() throws IOException {
        Utf8Writer.Bytes out = new Utf8Writer.Bytes(64);
        out.write("a");
        out.write('\uD83D');
        out.write(new char[] {'\uDE80', 'é'}, 0, 2);
        out.write("\uD83D");
        out.write("x");
        out.close();

        assertThat(new String(out.array(), 0, out.size(), StandardCharsets.UTF_8))
                .isEqualTo("a🚀é?x");
    }

    @Test
    void a_body_past_the_buffered_limit_streams_and_writes_the_same_bytes_each_time() throws IOException {
        EnterpriseBulkOrgMembersUpdate members = members(JsonConverters.BUFFERED_LIMIT / 10);

        RequestBody ours = request(new JsonConverters(GSON), EnterpriseBulkOrgMembersUpdate.class, members);

        byte[] expected = GSON.toJson(members).getBytes(StandardCharsets.UTF_8);
        assertThat(expected.length).isGreaterThan(JsonConverters.BUFFERED_LIMIT);
        assertThat(ours.contentLength()).isEqualTo(-1);
        assertThat(ours.isOneShot()).isFalse();
        assertThat(bytes(ours)).isEqualTo(expected);
        assertThat(bytes(ours)).isEqualTo(expected); // a retry sends it again
    }

    @Test
    void a_body_at_the_limit_is_still_sent_with_its_length() throws IOException {
        String id = "x".repeat(JsonConverters.BUFFERED_LIMIT - "[\"\"]".length());

        RequestBody ours = request(new JsonConverters(GSON), new TypeToken<List<String>>() {}.getType(), List.of(id));

        assertThat(ours.contentLength()).isEqualTo(JsonConverters.BUFFERED_LIMIT);
    }

    @Test
    void an_incomplete_document_fails_as_with_retrofits_converter() {
        Converter<Object, RequestBody> converter = converter(
                new JsonConverters(new Gson()
                        .newBuilder()
                        .registerTypeAdapter(Holder.class, new com.google.gson.TypeAdapter<Holder>() {
                            @Override
                            public void write(com.google.gson.stream.JsonWriter out, Holder value) throws IOException {
                                out.beginObject(); // and never ends it
                            }

                            @Override
                            public Holder read(com.google.gson.stream.JsonReader in) {
                                return null;
                            }
                        })
                        .create()),
                Holder.class);

        assertThatThrownBy(() -> converter.convert(new Holder()))
                .isInstanceOf(IOException.class)
                .hasMessage("Incomplete document");
    }

    @Test
    void a_response_body_reads_as_with_retrofits_converter_even_with_a_byte_order_mark() throws IOException {
        Type type = new TypeToken<Map<String, Object>>() {}.getType();
        MediaType json = MediaType.get("application/json");

        for (String text :
                List.of("{\"status\":\"success\",\"n\":[1,2.5,\"é🚀\"]}", "\uFEFF{\"status\":\"bom\"}", "null")) {
            Object ours = response(new JsonConverters(GSON), type, ResponseBody.create(text, json));
            Object streamed = response(
                    new JsonConverters(GSON), type, ResponseBody.create(new Buffer().writeUtf8(text), json, -1));
            Object retrofits = response(GsonConverterFactory.create(GSON), type, ResponseBody.create(text, json));
            assertThat(ours).isEqualTo(retrofits);
            assertThat(streamed).isEqualTo(retrofits);
        }
        String large = "{\"status\":\"" + "é".repeat((int) JsonConverters.DECODED_LIMIT) + "\"}";
        assertThat(response(new JsonConverters(GSON), SuccessResponse.class, ResponseBody.create(large, json)))
                .isEqualTo(response(
                        GsonConverterFactory.create(GSON), SuccessResponse.class, ResponseBody.create(large, json)));
        ResponseBody utf16 = ResponseBody.create(
                "{\"status\":\"wide\"}".getBytes(StandardCharsets.UTF_16BE),
                MediaType.get("application/json; charset=UTF-16BE"));
        assertThat(response(new JsonConverters(GSON), SuccessResponse.class, utf16))
                .extracting("status")
                .isEqualTo("wide");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"{\"status\":\"a\"} {}", "{\"status\":\"a\"}]", "{\"status\":", "", "[1]"})
    void a_response_body_that_does_not_parse_fails_as_with_retrofits_converter(String text) {
        MediaType json = MediaType.get("application/json");

        Throwable ours = catchThrowable(
                () -> response(new JsonConverters(GSON), SuccessResponse.class, ResponseBody.create(text, json)));
        Throwable retrofits = catchThrowable(() ->
                response(GsonConverterFactory.create(GSON), SuccessResponse.class, ResponseBody.create(text, json)));

        assertThat(ours).isNotNull().hasSameClassAs(retrofits).hasMessage(retrofits.getMessage());
    }

    @Test
    void the_client_sends_a_small_body_with_its_length_and_a_bulk_body_streamed_as_the_same_json() {
        server.stubFor(post(MEMBERS_PATH).willReturn(okJson("{\"status\":\"success\"}")));
        EnterpriseBulkOrgMembersUpdate bulk = members(100_000);

        try (DevinClient client = TestClients.against(server, time).build()) {
            client.execute(client.organizations().addOrganizationMembers("org-1", TestClients.members()));
            client.execute(client.organizations().addOrganizationMembers("org-1", bulk));
        }

        List<LoggedRequest> sent = server.findAll(postRequestedFor(urlEqualTo(MEMBERS_PATH)));
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).getHeader("Content-Length"))
                .isEqualTo(String.valueOf(GSON.toJson(TestClients.members()).length()));
        assertThat(sent.get(1).getHeader("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(sent.get(1).getBody()).isEqualTo(GSON.toJson(bulk).getBytes(StandardCharsets.UTF_8));
        server.verify(
                1,
                postRequestedFor(urlEqualTo(MEMBERS_PATH))
                        .withHeader("Transfer-Encoding", absent())
                        .withHeader("Content-Type", equalTo("application/json")));
    }

    private static EnterpriseBulkOrgMembersUpdate members(int count) {
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(String.format("user-%08d", i));
        }
        return new EnterpriseBulkOrgMembersUpdate().userIds(ids).orgIds(List.of("org-1"));
    }

    private static final class Holder {}

    @SuppressWarnings("unchecked")
    private static <T> Converter<T, RequestBody> converter(Converter.Factory factory, Type type) {
        return (Converter<T, RequestBody>) factory.requestBodyConverter(type, NONE, NONE, RETROFIT);
    }

    private static <T> RequestBody request(Converter.Factory factory, Type type, T value) throws IOException {
        return JsonConvertersTest.<T>converter(factory, type).convert(value);
    }

    private static Object response(Converter.Factory factory, Type type, ResponseBody body) throws IOException {
        return factory.responseBodyConverter(type, NONE, RETROFIT).convert(body);
    }

    private static byte[] bytes(RequestBody body) throws IOException {
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        return buffer.readByteArray();
    }
}
