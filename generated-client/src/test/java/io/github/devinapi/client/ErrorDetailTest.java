package io.github.devinapi.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devinapi.client.invoker.JSON;
import okhttp3.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Error bodies of any shape are summarised; none makes error handling itself fail. */
class ErrorDetailTest {

    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{\"detail\":\"Not authenticated\"}                                 | Not authenticated",
                "{\"detail\":42}                                                    | 42",
                "{\"detail\":null}                                                  | null",
                "{\"detail\":[\"first\",\"second\"]}                                | first; second",
                "{\"detail\":[{\"loc\":{\"x\":1},\"msg\":\"m\",\"type\":\"t\"}]}    | {\"loc\":{\"x\":1},\"msg\":\"m\",\"type\":\"t\"}",
                "{\"detail\":[{\"loc\":[\"query\",\"page\",3,\"size\"],\"msg\":\"too big\"}]} | query.page[3].size: too big",
                "{\"detail\":[{\"msg\":\"no location\"}]}                            | no location",
                "{\"message\":\"Internal error\"}                                   | Internal error",
                "{\"unexpected\":true}                                              | {\"unexpected\":true}",
                "[1,2]                                                              | [1,2]",
                "\"just a string\"                                                  | just a string",
                "{\"detail\":\"cut off                                              | {\"detail\":\"cut off",
                "Service Unavailable                                                | Service Unavailable",
                "`<!DOCTYPE html><html><head><title> Oops\n</title></head></html>`  | an HTML page (application/json), not JSON: \"Oops\""
            })
    void summarises_any_body(String body, String summary) {
        assertThat(ErrorDetail.parse(body, JSON_TYPE, new JSON().getGson()).summary())
                .isEqualTo(summary);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "null", "{", "}", "[[[[", "{\"detail\":[null,1,true,{}]}", "\u0000\u00ff"})
    void odd_bodies_never_throw(String body) {
        ErrorDetail detail = ErrorDetail.parse(body, null, new JSON().getGson());

        assertThat(detail.summary()).isNotNull();
        assertThat(detail.validationErrors()).isEmpty();
    }

    @Test
    void deeply_nested_json_never_throws() {
        String nested = "[".repeat(100_000) + "]".repeat(100_000);

        assertThat(ErrorDetail.parse(nested, JSON_TYPE, new JSON().getGson()).summary())
                .isNotNull();
    }

    @Test
    void a_long_summary_is_cut() {
        String body = "{\"detail\":\"" + "y".repeat(5_000) + "\"}";

        assertThat(ErrorDetail.parse(body, JSON_TYPE, new JSON().getGson()).summary())
                .hasSize(1_004)
                .endsWith(" ...");
    }
}
