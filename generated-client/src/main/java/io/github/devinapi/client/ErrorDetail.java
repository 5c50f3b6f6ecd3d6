package io.github.devinapi.client;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.github.devinapi.client.model.ValidationError;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;

/**
 * What an error body says, for a person: FastAPI's {@code detail} (a string, a list of validation errors or
 * any other JSON), another JSON message, or the gist of a non-JSON body. Reads any input without throwing.
 */
final class ErrorDetail {

    private static final int SUMMARY_LIMIT = 1000;
    private static final Pattern HTML_TITLE =
            Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final String summary;
    private final List<ValidationError> validationErrors;

    private ErrorDetail(String summary, List<ValidationError> validationErrors) {
        this.summary = summary.length() > SUMMARY_LIMIT ? summary.substring(0, SUMMARY_LIMIT) + " ..." : summary;
        this.validationErrors = List.copyOf(validationErrors);
    }

    /** One line for a person; empty when the body says nothing. */
    String summary() {
        return summary;
    }

    List<ValidationError> validationErrors() {
        return validationErrors;
    }

    static ErrorDetail parse(String body, MediaType contentType, Gson gson) {
        if (body == null || body.isBlank()) {
            return new ErrorDetail("", List.of());
        }
        JsonElement json = json(body);
        if (json == null) {
            return new ErrorDetail(notJson(body, contentType), List.of());
        }
        if (json.isJsonObject()) {
            return fromObject(json.getAsJsonObject(), gson);
        }
        return new ErrorDetail(isString(json) ? json.getAsString() : json.toString(), List.of());
    }

    private static ErrorDetail fromObject(JsonObject object, Gson gson) {
        JsonElement detail = object.get("detail");
        if (detail == null) {
            String message = firstString(object, "message", "error");
            return new ErrorDetail(message != null ? message : object.toString(), List.of());
        }
        if (isString(detail)) {
            return new ErrorDetail(detail.getAsString(), List.of());
        }
        if (detail.isJsonArray()) {
            return fromList(detail.getAsJsonArray(), gson);
        }
        return new ErrorDetail(detail.toString(), List.of());
    }

    private static ErrorDetail fromList(JsonArray items, Gson gson) {
        List<ValidationError> errors = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (JsonElement item : items) {
            ValidationError error = validationError(item, gson);
            if (error != null) {
                errors.add(error);
                lines.add(describe(error));
            } else {
                lines.add(isString(item) ? item.getAsString() : item.toString());
            }
        }
        return new ErrorDetail(String.join("; ", lines), errors);
    }

    private static ValidationError validationError(JsonElement item, Gson gson) {
        if (!item.isJsonObject() || !item.getAsJsonObject().has("msg")) {
            return null;
        }
        try {
            ValidationError error = gson.fromJson(item, ValidationError.class);
            return error != null && error.getMsg() != null ? error : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {@code body.user_ids[0]: Input should be a valid string}. */
    private static String describe(ValidationError error) {
        StringBuilder location = new StringBuilder();
        if (error.getLoc() != null) {
            for (ScalarUnion part : error.getLoc()) {
                if (part != null && part.isInteger()) {
                    location.append('[').append(part.value()).append(']');
                } else {
                    location.append(location.length() == 0 ? "" : ".").append(part == null ? "?" : part.value());
                }
            }
        }
        return location.length() == 0 ? error.getMsg() : location + ": " + error.getMsg();
    }

    private static String notJson(String body, MediaType contentType) {
        boolean html = (contentType != null
                        && contentType.subtype().toLowerCase(Locale.ROOT).contains("html"))
                || body.stripLeading().startsWith("<");
        if (html) {
            Matcher title = HTML_TITLE.matcher(body);
            String type = contentType != null ? contentType.type() + "/" + contentType.subtype() : "HTML";
            return "an HTML page (" + type + "), not JSON"
                    + (title.find() ? ": \"" + oneLine(title.group(1)) + "\"" : "");
        }
        return oneLine(body);
    }

    /** The body as JSON, or null if it is not strictly JSON (lenient parsing would accept plain words). */
    private static JsonElement json(String body) {
        try {
            JsonReader reader = new JsonReader(new StringReader(body));
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            return reader.peek() == JsonToken.END_DOCUMENT ? element : null;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    private static String firstString(JsonObject object, String... names) {
        for (String name : names) {
            if (isString(object.get(name))) {
                return object.get(name).getAsString();
            }
        }
        return null;
    }

    private static boolean isString(JsonElement element) {
        return element != null
                && element.isJsonPrimitive()
                && element.getAsJsonPrimitive().isString();
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
