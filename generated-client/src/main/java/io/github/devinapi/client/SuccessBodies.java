package io.github.devinapi.client;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Converts a successful response into the type its operation declares, with Retrofit's converters, and
 * turns any body that does not fit (not JSON, malformed, wrong types, empty) into an
 * {@link InvalidResponseException} that names the problem and the JSON path. JSON types are checked by the
 * {@link StrictJsonTypes} of the client's Gson.
 */
final class SuccessBodies {

    /** Types that Retrofit's built-in and scalar converters read as they are, not as JSON. */
    private static final Set<Type> NOT_JSON = Set.of(
            ResponseBody.class,
            Void.class,
            String.class,
            Boolean.class,
            Byte.class,
            Character.class,
            Double.class,
            Float.class,
            Integer.class,
            Long.class,
            Short.class);

    private final Retrofit retrofit;
    private final Redactor redactor;
    private final ConcurrentMap<Method, Converter<ResponseBody, ?>> converters = new ConcurrentHashMap<>();

    SuccessBodies(Retrofit retrofit, Redactor redactor) {
        this.retrofit = retrofit;
        this.redactor = redactor;
    }

    /** The body as the declared type; closes the response unless the declared type is the raw body. */
    @SuppressWarnings("unchecked")
    <T> T read(Response response, Method operation, int retries) {
        Type type = declaredType(operation);
        ResponseBody body = response.body();
        if (type == ResponseBody.class) {
            return (T) body;
        }
        try (response) {
            if (response.code() == 204 || response.code() == 205 || body == null) {
                return null;
            }
            String preview = ResponseBodies.preview(body);
            String declared = response.header("Content-Type");
            if (!NOT_JSON.contains(type) && !plainJson(declared)) {
                MediaType contentType = body.contentType();
                if (contentType != null && !isJson(contentType)) {
                    throw invalid(
                            response,
                            preview,
                            retries,
                            "the body is " + contentType.type() + "/" + contentType.subtype() + ", not JSON",
                            null);
                }
            }
            Object value;
            try {
                value = converter(operation, type).convert(plainJson(declared, body));
            } catch (IOException | RuntimeException e) {
                throw invalid(response, preview, retries, problem(e, preview, type), e);
            }
            if (value == null && type != Void.class) {
                throw invalid(response, preview, retries, "the body is JSON null", null);
            }
            return (T) value;
        }
    }

    private static String problem(Exception e, String preview, Type type) {
        if (preview.isBlank()) {
            return "the body is empty";
        }
        if (e instanceof JsonValueMismatch mismatch) {
            return "the body does not fit the declared type at " + mismatch.path() + ": " + mismatch.problem();
        }
        return "the body is not valid " + name(type) + " JSON (" + firstLine(e) + ")";
    }

    private InvalidResponseException invalid(
            Response response, String preview, int retries, String problem, Throwable cause) {
        Request request = response.request();
        String path = request.url().encodedPath();
        String message = request.method() + " " + path + " returned HTTP " + response.code() + " but " + problem
                + ", where the API declares " + name(declaredType(request)) + ". Something other than the API may "
                + "have answered (check baseUrl and proxies), or the API changed: report it with rawBody().";
        ErrorContext context = new ErrorContext(
                request.method(), path, OptionalInt.of(response.code()), redactor.text(preview), retries);
        return new InvalidResponseException(redactor.text(message), context, cause);
    }

    private Converter<ResponseBody, ?> converter(Method operation, Type type) {
        return converters.computeIfAbsent(
                operation, method -> retrofit.responseBodyConverter(type, method.getAnnotations()));
    }

    private static Type declaredType(Request request) {
        retrofit2.Invocation invocation = request.tag(retrofit2.Invocation.class);
        return invocation == null ? Object.class : declaredType(invocation.method());
    }

    /** {@code T} of the operation's {@code Call<T>}. */
    static Type declaredType(Method operation) {
        Type returned = operation.getGenericReturnType();
        if (!(returned instanceof ParameterizedType call)) {
            throw new IllegalArgumentException(operation + " does not return a retrofit2.Call<T>");
        }
        Type type = call.getActualTypeArguments()[0];
        return type instanceof WildcardType wildcard ? wildcard.getUpperBounds()[0] : type;
    }

    /**
     * The body with its media type already known when the header is exactly {@code application/json} (UTF-8, the
     * JSON default), so that the converter does not parse it again; otherwise the body as it is.
     */
    private static ResponseBody plainJson(String contentType, ResponseBody body) {
        return contentType != null && contentType.length() == 16 && plainJson(contentType)
                ? ResponseBody.create(body.source(), JSON, body.contentLength())
                : body;
    }

    private static final MediaType JSON = MediaType.get("application/json");

    /** "application/json", with parameters or not: the usual answer, known JSON without parsing the media type. */
    private static boolean plainJson(String contentType) {
        if (contentType == null || !contentType.regionMatches(true, 0, "application/json", 0, 16)) {
            return false;
        }
        return contentType.length() == 16 || contentType.charAt(16) == ';';
    }

    private static boolean isJson(MediaType contentType) {
        String subtype = contentType.subtype().toLowerCase(Locale.ROOT);
        return subtype.equals("json") || subtype.endsWith("+json");
    }

    private static String name(Type type) {
        return type.getTypeName().replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return e.getClass().getSimpleName() + ": " + (newline < 0 ? message : message.substring(0, newline));
    }
}
