package io.github.devinapi.client;

import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;

/** A JSON value that does not fit the declared type, with its path in the body; see {@link StrictJsonTypes}. */
final class JsonValueMismatch extends JsonParseException {

    private static final int SHOWN = 40;

    private final String path;
    private final String problem;

    JsonValueMismatch(String path, String problem) {
        super(path + ": " + problem);
        this.path = path;
        this.problem = problem;
    }

    /** Where in the body, e.g. {@code $.items[0].status}. */
    String path() {
        return path;
    }

    /** What is wrong there, e.g. {@code expected a string, got the number 1}. */
    String problem() {
        return problem;
    }

    /** Describes the value the reader is at, e.g. {@code the string "5"}. */
    static String found(JsonReader in, JsonToken token) throws IOException {
        switch (token) {
            case STRING:
                return "the string \"" + shortened(in.nextString()) + "\"";
            case NUMBER:
                return "the number " + shortened(in.nextString());
            case BOOLEAN:
                return "the boolean " + in.nextBoolean();
            case BEGIN_OBJECT:
                return "an object";
            case BEGIN_ARRAY:
                return "an array";
            default:
                return token.toString();
        }
    }

    private static String shortened(String value) {
        return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "...";
    }
}
