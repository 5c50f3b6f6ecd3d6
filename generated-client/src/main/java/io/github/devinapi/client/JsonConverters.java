package io.github.devinapi.client;

import com.google.gson.Gson;
import com.google.gson.JsonIOException;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.BufferedSink;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * The client's JSON bodies, with its Gson and the same results as Retrofit's {@code GsonConverterFactory}
 * (the same bytes, the same {@code application/json; charset=UTF-8}, the same errors), in fewer steps:
 *
 * <ul>
 *   <li>A request body is written by Gson straight into UTF-8 bytes, in one pass ({@link Utf8Writer}), where
 *       Retrofit's converter sends every token through an {@code OutputStreamWriter}, whose encoder handles
 *       each small write on its own, and then copies the result once more. A body of up to
 *       {@value #BUFFERED_LIMIT} bytes is sent as those bytes, with a {@code Content-Length}. A larger one is
 *       not kept in memory: it is written again, in pieces of {@value Utf8Writer#CHUNK} bytes, straight into the
 *       connection each time it is sent (chunked), so that a bulk body of any size costs a few kilobytes of
 *       heap. Either way the body is serialised when the call's request is built.
 *   <li>A response body, which the client has already read whole, is decoded to text once and parsed from it,
 *       where Retrofit's converter decodes it through an {@code InputStreamReader} with buffers of its own.
 *       A body larger than {@value #DECODED_LIMIT} bytes is still read as a stream.
 * </ul>
 */
final class JsonConverters extends Converter.Factory {

    /** Retrofit's {@code GsonRequestBodyConverter} sends the same. */
    static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
    /** The largest request body kept in memory and sent with a Content-Length; larger ones stream. */
    static final int BUFFERED_LIMIT = 256 * 1024;
    /** Response bodies up to this size are decoded in one piece; larger ones are read as a stream. */
    static final long DECODED_LIMIT = 1024 * 1024;

    private final Gson gson;

    JsonConverters(Gson gson) {
        this.gson = gson;
    }

    @Override
    public Converter<?, RequestBody> requestBodyConverter(
            Type type, Annotation[] parameterAnnotations, Annotation[] methodAnnotations, Retrofit retrofit) {
        return new RequestConverter<>(gson, gson.getAdapter(TypeToken.get(type)));
    }

    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        return new ResponseConverter<>(gson, gson.getAdapter(TypeToken.get(type)));
    }

    private static final class RequestConverter<T> implements Converter<T, RequestBody> {

        private final Gson gson;
        private final TypeAdapter<T> adapter;

        RequestConverter(Gson gson, TypeAdapter<T> adapter) {
            this.gson = gson;
            this.adapter = adapter;
        }

        @Override
        public RequestBody convert(T value) throws IOException {
            Utf8Writer.Bytes bytes = new Utf8Writer.Bytes(BUFFERED_LIMIT);
            try {
                write(bytes, value);
            } catch (IOException | RuntimeException e) {
                if (!Utf8Writer.Bytes.isTooLarge(e)) {
                    throw e;
                }
                // Past the limit: nothing more is kept; the body is written into the connection when it is sent.
                return new StreamedBody<>(this, value);
            }
            return RequestBody.create(bytes.array(), JSON, 0, bytes.size());
        }

        /** Gson's writer, with the Gson's settings, into {@code out}; fails on an incomplete document. */
        void write(Utf8Writer out, T value) throws IOException {
            JsonWriter json = gson.newJsonWriter(out);
            adapter.write(json, value);
            json.close(); // checks the document is complete, then flushes what {@code out} still holds
        }
    }

    /** A body too large to keep: serialised again into the connection each time it is sent. */
    private static final class StreamedBody<T> extends RequestBody {

        private final RequestConverter<T> converter;
        private final T value;

        StreamedBody(RequestConverter<T> converter, T value) {
            this.converter = converter;
            this.value = value;
        }

        @Override
        public MediaType contentType() {
            return JSON;
        }

        @Override
        public long contentLength() {
            return -1;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            converter.write(new Utf8Writer.Streaming(sink), value);
        }
    }

    private static final class ResponseConverter<T> implements Converter<ResponseBody, T> {

        private final Gson gson;
        private final TypeAdapter<T> adapter;

        ResponseConverter(Gson gson, TypeAdapter<T> adapter) {
            this.gson = gson;
            this.adapter = adapter;
        }

        @Override
        public T convert(ResponseBody body) throws IOException {
            try (body) {
                // Whole in memory already (the client reads success bodies to their end), or small enough to be:
                // decoded at once, honouring a byte order mark and the charset of the Content-Type as
                // charStream() does; else read as a stream.
                Reader text =
                        !body.source().request(DECODED_LIMIT + 1) ? new TextReader(body.string()) : body.charStream();
                JsonReader json = gson.newJsonReader(text);
                T result = adapter.read(json);
                if (json.peek() != JsonToken.END_DOCUMENT) {
                    throw new JsonIOException("JSON document was not fully consumed.");
                }
                return result;
            }
        }
    }

    /** A reader of a string: {@code java.io.StringReader} without its lock and checks. */
    static final class TextReader extends Reader {

        private final String text;
        private int next;

        TextReader(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            int left = text.length() - next;
            if (left <= 0) {
                return length == 0 ? 0 : -1;
            }
            int count = Math.min(left, length);
            text.getChars(next, next + count, buffer, offset);
            next += count;
            return count;
        }

        @Override
        public int read() {
            return next < text.length() ? text.charAt(next++) : -1;
        }

        @Override
        public void close() {}
    }
}
