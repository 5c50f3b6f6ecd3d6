package io.github.devinapi.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import io.github.devinapi.client.ScalarUnion;
import io.github.devinapi.client.invoker.JSON;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The generated models read and write JSON exactly as the spec and FastAPI have it. */
class ModelGsonRoundTripTest {

    private final Gson gson = new JSON().getGson();

    /** Asserts that JSON survives deserialising into {@code type} and serialising back, unchanged. */
    private <T> T assertRoundTrip(String json, Class<T> type) {
        T model = gson.fromJson(json, type);
        assertThat(JsonParser.parseString(gson.toJson(model))).isEqualTo(JsonParser.parseString(json));
        return model;
    }

    @Nested
    class EnterpriseBulkOrgMembersUpdateJson {

        @Test
        void allFieldsSetRoundTrip() {
            var body = assertRoundTrip("""
                    {"user_ids":["u1","u2"],"org_ids":["o1"],"org_role":"member","group_names":["eng","ops"]}
                    """, EnterpriseBulkOrgMembersUpdate.class);

            assertThat(body.getUserIds()).containsExactly("u1", "u2");
            assertThat(body.getOrgIds()).containsExactly("o1");
            assertThat(body.getOrgRole()).isEqualTo("member");
            assertThat(body.getGroupNames()).containsExactly("eng", "ops");
        }

        @Test
        void unsetOptionalFieldsAreOmittedFromTheRequestJson() {
            var body =
                    new EnterpriseBulkOrgMembersUpdate().userIds(List.of("u1")).orgIds(List.of("o1"));

            assertThat(gson.toJson(body)).isEqualTo("{\"org_ids\":[\"o1\"],\"user_ids\":[\"u1\"]}");
        }

        @Test
        void explicitNullsAreReadAsNullAndOmittedWhenWritten() {
            var body = gson.fromJson("""
                    {"user_ids":["u1"],"org_ids":["o1"],"org_role":null,"group_names":null}
                    """, EnterpriseBulkOrgMembersUpdate.class);

            assertThat(body.getOrgRole()).isNull();
            assertThat(body.getGroupNames()).isNull();
            assertThat(gson.toJson(body)).doesNotContain("org_role").doesNotContain("group_names");
        }

        @Test
        void allNullsGiveAnEmptyObject() {
            var body = gson.fromJson("""
                    {"user_ids":null,"org_ids":null,"org_role":null,"group_names":null}
                    """, EnterpriseBulkOrgMembersUpdate.class);

            assertThat(body.getUserIds()).isNull();
            assertThat(body.getOrgIds()).isNull();
            assertThat(gson.toJson(body)).isEqualTo("{}");
        }

        @Test
        void emptyListsAreKept() {
            assertRoundTrip(
                    "{\"user_ids\":[],\"org_ids\":[],\"group_names\":[]}", EnterpriseBulkOrgMembersUpdate.class);
        }
    }

    @Nested
    class SuccessResponseJson {

        @Test
        void statusRoundTrips() {
            assertThat(assertRoundTrip("{\"status\":\"success\"}", SuccessResponse.class)
                            .getStatus())
                    .isEqualTo("success");
        }

        @Test
        void missingStatusTakesTheSpecDefault() {
            assertThat(gson.fromJson("{}", SuccessResponse.class).getStatus()).isEqualTo("success");
        }

        @Test
        void unknownFieldsAreTolerated() {
            var response =
                    gson.fromJson("{\"status\":\"success\",\"added\":3,\"extra\":{\"a\":[1]}}", SuccessResponse.class);

            assertThat(response.getStatus()).isEqualTo("success");
        }

        @Test
        void aWrongJsonTypeNamesTheFieldPath() {
            assertThatThrownBy(() -> gson.fromJson("{\"status\":{\"nested\":true}}", SuccessResponse.class))
                    .isInstanceOf(JsonSyntaxException.class)
                    .hasMessageContaining("path $.status");
        }
    }

    @Nested
    class ValidationErrorJson {

        /** What FastAPI sends for a body whose first user id is not a string. */
        private static final String FASTAPI_422 = """
                {"detail":[
                  {"type":"string_type","loc":["body","user_ids",0],"msg":"Input should be a valid string","input":5},
                  {"type":"missing","loc":["body","org_ids"],"msg":"Field required","input":{"user_ids":[5]}}
                ]}
                """;

        @Test
        void locKeepsStringsAndIntegersApart() {
            var error = assertRoundTrip(
                    "{\"loc\":[\"body\",\"user_ids\",0],\"msg\":\"m\",\"type\":\"t\"}", ValidationError.class);

            assertThat(error.getLoc())
                    .containsExactly(ScalarUnion.of("body"), ScalarUnion.of("user_ids"), ScalarUnion.of(0));
            assertThat(error.getLoc().get(2).isInteger()).isTrue();
            assertThat(error.getLoc().get(2).asLong()).isZero();
            assertThat(gson.toJson(error)).contains("[\"body\",\"user_ids\",0]").doesNotContain("0.0");
        }

        @Test
        void largeAndDecimalLocEntriesAreKeptExactly() {
            assertRoundTrip(
                    "{\"loc\":[12345678901234567890,1.5,true],\"msg\":\"m\",\"type\":\"t\"}", ValidationError.class);
        }

        @Test
        void aFastApi422BodyParsesWithItsExtraInputField() {
            var error = gson.fromJson(FASTAPI_422, HTTPValidationError.class);

            assertThat(error.getDetail()).hasSize(2);
            assertThat(error.getDetail().get(0).getLoc())
                    .extracting(ScalarUnion::toJson)
                    .containsExactly("\"body\"", "\"user_ids\"", "0");
            assertThat(error.getDetail().get(0).getType()).isEqualTo("string_type");
            assertThat(error.getDetail().get(1).getMsg()).isEqualTo("Field required");
        }

        @Test
        void anObjectInLocIsRejectedWithItsPath() {
            assertThatThrownBy(() ->
                            gson.fromJson("{\"loc\":[{\"a\":1}],\"msg\":\"m\",\"type\":\"t\"}", ValidationError.class))
                    .hasMessageContaining("$.loc[0]");
        }

        @Test
        void anEmptyDetailListRoundTrips() {
            assertThat(assertRoundTrip("{\"detail\":[]}", HTTPValidationError.class)
                            .getDetail())
                    .isEmpty();
        }
    }
}
