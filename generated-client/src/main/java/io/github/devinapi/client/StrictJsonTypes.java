package io.github.devinapi.client;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a JSON value into a string, number or boolean field only if it has that JSON type. Gson alone reads
 * {@code 1} into a {@code String} as {@code "1"}, {@code "5"} into an {@code Integer} as 5 and {@code "true"}
 * into a {@code Boolean}: a server sending the wrong type would go unnoticed. Here it is a
 * {@link JsonValueMismatch} naming the path ({@code $.items[0].status}). Values that have the right JSON type
 * but cannot be read (a malformed date, an unknown enum value) get the path too. Writing is unchanged.
 */
final class StrictJsonTypes implements TypeAdapterFactory {

    private static final Map<Class<?>, JsonToken> TOKENS = Map.ofEntries(
            Map.entry(String.class, JsonToken.STRING),
            Map.entry(UUID.class, JsonToken.STRING),
            Map.entry(URI.class, JsonToken.STRING),
            Map.entry(Boolean.class, JsonToken.BOOLEAN),
            Map.entry(boolean.class, JsonToken.BOOLEAN),
            Map.entry(Integer.class, JsonToken.NUMBER),
            Map.entry(int.class, JsonToken.NUMBER),
            Map.entry(Long.class, JsonToken.NUMBER),
            Map.entry(long.class, JsonToken.NUMBER),
            Map.entry(Short.class, JsonToken.NUMBER),
            Map.entry(short.class, JsonToken.NUMBER),
            Map.entry(Byte.class, JsonToken.NUMBER),
            Map.entry(byte.class, JsonToken.NUMBER),
            Map.entry(Double.class, JsonToken.NUMBER),
            Map.entry(double.class, JsonToken.NUMBER),
            Map.entry(Float.class, JsonToken.NUMBER),
            Map.entry(float.class, JsonToken.NUMBER),
            Map.entry(BigDecimal.class, JsonToken.NUMBER),
            Map.entry(BigInteger.class, JsonToken.NUMBER),
            Map.entry(Number.class, JsonToken.NUMBER));

    @Override
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        JsonToken expected = expectedToken(type.getRawType());
        if (expected == null) {
            return null;
        }
        TypeAdapter<T> delegate = gson.getDelegateAdapter(this, type);
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                delegate.write(out, value);
            }

            @Override
            public T read(JsonReader in) throws IOException {
                JsonToken actual = in.peek();
                if (actual == JsonToken.NULL) {
                    return delegate.read(in);
                }
                String path = in.getPath();
                if (actual != expected) {
                    throw new JsonValueMismatch(
                            path,
                            "expected " + describe(expected, type.getRawType()) + ", got "
                                    + JsonValueMismatch.found(in, actual));
                }
                try {
                    return delegate.read(in);
                } catch (IOException | JsonValueMismatch e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new JsonValueMismatch(
                            path, "not a valid " + type.getRawType().getSimpleName() + " (" + e.getMessage() + ")");
                }
            }
        };
    }

    /** What JSON type a field of this Java type must have; null for types this class leaves alone. */
    private static JsonToken expectedToken(Class<?> type) {
        JsonToken token = TOKENS.get(type);
        if (token != null) {
            return token;
        }
        if (type.getPackageName().equals("java.time")) {
            return JsonToken.STRING;
        }
        return type.isEnum() && enumOfStrings(type) ? JsonToken.STRING : null;
    }

    /** The generated enums hold their JSON value in {@code getValue()}. */
    private static boolean enumOfStrings(Class<?> type) {
        try {
            Method value = type.getMethod("getValue");
            return value.getReturnType() == String.class;
        } catch (NoSuchMethodException e) {
            return true; // Gson writes a plain enum by name
        }
    }

    private static String describe(JsonToken token, Class<?> type) {
        switch (token) {
            case STRING:
                return "a string";
            case BOOLEAN:
                return "a boolean";
            default:
                boolean integral = type == Integer.class
                        || type == int.class
                        || type == Long.class
                        || type == long.class
                        || type == Short.class
                        || type == short.class
                        || type == Byte.class
                        || type == byte.class
                        || type == BigInteger.class;
                return integral ? "an integer" : "a number";
        }
    }
}
