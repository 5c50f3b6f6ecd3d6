package io.github.devinapi.client;

import java.lang.annotation.Annotation;
import java.util.Optional;
import okhttp3.Request;
import retrofit2.Invocation;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HEAD;
import retrofit2.http.HTTP;
import retrofit2.http.OPTIONS;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/**
 * Names the API operation a request was made for as {@code "METHOD /path/{template}"}, the form the spec
 * and the safe-to-retry list use. Read from the Retrofit method that Retrofit tags each request with.
 */
final class Operation {

    private Operation() {}

    static Optional<String> of(Request request) {
        Invocation invocation = request.tag(Invocation.class);
        if (invocation == null) {
            return Optional.empty();
        }
        for (Annotation annotation : invocation.method().getAnnotations()) {
            Optional<String> template = pathTemplate(annotation);
            if (template.isPresent()) {
                return Optional.of(request.method() + " " + normalized(template.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> pathTemplate(Annotation annotation) {
        String path = null;
        if (annotation instanceof GET a) {
            path = a.value();
        } else if (annotation instanceof POST a) {
            path = a.value();
        } else if (annotation instanceof PUT a) {
            path = a.value();
        } else if (annotation instanceof DELETE a) {
            path = a.value();
        } else if (annotation instanceof PATCH a) {
            path = a.value();
        } else if (annotation instanceof HEAD a) {
            path = a.value();
        } else if (annotation instanceof OPTIONS a) {
            path = a.value();
        } else if (annotation instanceof HTTP a) {
            path = a.path();
        }
        // An empty path means the URL is a parameter (@Url): no fixed operation.
        return path == null || path.isEmpty() ? Optional.empty() : Optional.of(path);
    }

    private static String normalized(String template) {
        int query = template.indexOf('?');
        String path = query < 0 ? template : template.substring(0, query);
        return path.startsWith("/") ? path : "/" + path;
    }
}
