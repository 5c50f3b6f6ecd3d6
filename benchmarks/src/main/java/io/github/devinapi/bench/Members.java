package io.github.devinapi.bench;

import com.google.gson.Gson;
import com.google.gson.stream.JsonWriter;
import io.github.devinapi.client.invoker.JSON;
import io.github.devinapi.client.model.EnterpriseBulkOrgMembersUpdate;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;

/** The request every benchmark sends: add N users to one organisation. */
final class Members {

    static final String ORG_ID = "org-bench-0001";
    static final String API_KEY = "apk_user_bench0000000000000000";
    static final String PATH = "/v2/enterprise/organizations/" + ORG_ID + "/members";
    static final MediaType JSON_TYPE = MediaType.get("application/json; charset=UTF-8");
    /** The generated client's Gson, as DevinClient uses it. */
    static final Gson GSON = new JSON().getGson();

    private Members() {}

    /** "user-00000000", "user-00000001", ...: ids of the length real ones have, all distinct. */
    static List<String> userIds(int count) {
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(String.format("user-%08d", i));
        }
        return ids;
    }

    static EnterpriseBulkOrgMembersUpdate model(List<String> userIds) {
        return new EnterpriseBulkOrgMembersUpdate().userIds(userIds).orgIds(List.of(ORG_ID));
    }

    /** The body as the generated client sends it. */
    static byte[] json(EnterpriseBulkOrgMembersUpdate model) {
        return GSON.toJson(model).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The same body written token by token straight into the request, without a model or an intermediate
     * buffer: the least a client can do. Length unknown in advance, so OkHttp sends it chunked.
     */
    static RequestBody streaming(List<String> userIds) {
        return new RequestBody() {
            @Override
            public MediaType contentType() {
                return JSON_TYPE;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                // The Gson's own writer settings (escaping, nulls), so the bytes equal the model's.
                JsonWriter json =
                        GSON.newJsonWriter(new OutputStreamWriter(sink.outputStream(), StandardCharsets.UTF_8));
                json.beginObject();
                json.name(EnterpriseBulkOrgMembersUpdate.SERIALIZED_NAME_ORG_IDS)
                        .beginArray()
                        .value(ORG_ID)
                        .endArray();
                json.name(EnterpriseBulkOrgMembersUpdate.SERIALIZED_NAME_USER_IDS)
                        .beginArray();
                for (String id : userIds) {
                    json.value(id);
                }
                json.endArray();
                json.endObject();
                json.flush(); // not close(): the sink belongs to OkHttp
            }
        };
    }

    /** Fails unless the streaming body is byte for byte the model's: the comparison must send the same request. */
    static void requireSameBody(List<String> userIds) {
        try {
            Buffer streamed = new Buffer();
            streaming(userIds).writeTo(streamed);
            byte[] expected = json(model(userIds));
            if (!streamed.readByteString().equals(okio.ByteString.of(expected))) {
                throw new IllegalStateException("the streaming body differs from the generated model's JSON");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
