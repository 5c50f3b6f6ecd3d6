package io.github.devinapi.client;

import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A JSON value that the spec allows to be one of several scalar types, e.g. the items of
 * {@code ValidationError.loc} ({@code anyOf [string, integer]}): {@code ["body", "user_ids", 0]}.
 *
 * <p>The build maps every scalar union of the spec to this class. It keeps the JSON type: an integer
 * stays an integer ({@code 0}, never {@code 0.0}) and is written back unchanged.
 */
@JsonAdapter(ScalarUnion.GsonAdapter.class)
public final class ScalarUnion {

    private final Object value;

    private ScalarUnion(Object value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static ScalarUnion of(String value) {
        return new ScalarUnion(value);
    }

    public static ScalarUnion of(long value) {
        return new ScalarUnion(value);
    }

    public static ScalarUnion of(BigInteger value) {
        return value.bitLength() < Long.SIZE ? new ScalarUnion(value.longValueExact()) : new ScalarUnion(value);
    }

    public static ScalarUnion of(BigDecimal value) {
        return new ScalarUnion(value);
    }

    public static ScalarUnion of(boolean value) {
        return new ScalarUnion(value);
    }

    public boolean isString() {
        return value instanceof String;
    }

    /** An integral JSON number ({@code Long}, or {@code BigInteger} beyond its range). */
    public boolean isInteger() {
        return value instanceof Long || value instanceof BigInteger;
    }

    /** A JSON number with a fraction or exponent. */
    public boolean isDecimal() {
        return value instanceof BigDecimal;
    }

    public boolean isBoolean() {
        return value instanceof Boolean;
    }

    /** The value as Java holds it: {@code String}, {@code Long}, {@code BigInteger}, {@code BigDecimal} or {@code Boolean}. */
    public Object value() {
        return value;
    }

    public String asString() {
        return as(String.class, "a string");
    }

    public long asLong() {
        if (value instanceof Long l) {
            return l;
        }
        throw new IllegalStateException("not an integer within the range of long: " + toJson());
    }

    public boolean asBoolean() {
        return as(Boolean.class, "a boolean");
    }

    private <T> T as(Class<T> type, String what) {
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        throw new IllegalStateException("not " + what + ": " + toJson());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScalarUnion union && value.equals(union.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * The plain value, as a person reads it: {@code body}, {@code 0}, {@code true}; so that joining a
     * {@code loc} into a message gives {@code body.user_ids.0}. {@link #toJson()} tells strings from numbers.
     */
    @Override
    public String toString() {
        return value.toString();
    }

    /** The JSON text of the value: {@code "body"} (quoted and escaped), {@code 0}, {@code true}. */
    public String toJson() {
        return value instanceof String s ? new JsonPrimitive(s).toString() : value.toString();
    }

    /** Reads and writes the value as the JSON scalar it is. */
    public static final class GsonAdapter extends TypeAdapter<ScalarUnion> {

        @Override
        public void write(JsonWriter out, ScalarUnion union) throws IOException {
            if (union == null) {
                out.nullValue();
            } else if (union.value instanceof String s) {
                out.value(s);
            } else if (union.value instanceof Boolean b) {
                out.value(b);
            } else {
                out.value((Number) union.value);
            }
        }

        @Override
        public ScalarUnion read(JsonReader in) throws IOException {
            JsonToken token = in.peek();
            switch (token) {
                case NULL:
                    in.nextNull();
                    return null;
                case STRING:
                    return of(in.nextString());
                case BOOLEAN:
                    return of(in.nextBoolean());
                case NUMBER:
                    return number(new LazilyParsedNumber(in.nextString()).toString());
                default:
                    throw new JsonParseException("Expected a string, number or boolean but was " + token + " at path "
                            + in.getPreviousPath());
            }
        }

        private static ScalarUnion number(String text) {
            BigDecimal decimal = new BigDecimal(text);
            boolean integral = text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
            return integral ? of(decimal.toBigIntegerExact()) : of(decimal);
        }
    }
}
