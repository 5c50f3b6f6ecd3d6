package io.github.devinapi.client;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code Map<String, V>} reading each key as a name, so that a failure in a value names its key in the
 * path ({@code $.consumption_by_date.2026-03-01}); Gson's own map adapter reads keys as values and loses it.
 * Keeps the order of the JSON; writing is Gson's.
 */
final class StringKeyedMaps implements TypeAdapterFactory {

    @Override
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        if (type.getRawType() != Map.class
                || !(type.getType() instanceof ParameterizedType map)
                || map.getActualTypeArguments()[0] != String.class) {
            return null;
        }
        Type valueType = map.getActualTypeArguments()[1];
        TypeAdapter<?> values = gson.getAdapter(TypeToken.get(valueType));
        TypeAdapter<T> delegate = gson.getDelegateAdapter(this, type);
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                delegate.write(out, value);
            }

            @Override
            @SuppressWarnings("unchecked")
            public T read(JsonReader in) throws IOException {
                if (in.peek() != JsonToken.BEGIN_OBJECT) {
                    return delegate.read(in); // null, or Gson's own error for a non-object
                }
                Map<String, Object> result = new LinkedHashMap<>();
                in.beginObject();
                while (in.hasNext()) {
                    String key = in.nextName();
                    if (result.containsKey(key)) {
                        throw new JsonValueMismatch(in.getPath(), "the key appears twice");
                    }
                    result.put(key, values.read(in));
                }
                in.endObject();
                return (T) result;
            }
        };
    }
}
