package io.github.devinapi.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import retrofit2.Invocation;

/** The shipped list names operations that exist, in the form the retry policy matches. */
class SafeToRetryListTest {

    @Test
    void lists_the_bulk_member_addition() {
        assertThat(SafeToRetryList.defaults()).containsExactly("POST /v2/enterprise/organizations/{org_id}/members");
    }

    @Test
    void every_listed_operation_is_an_operation_of_the_generated_interfaces() {
        assertThat(generatedOperations()).containsAll(SafeToRetryList.defaults());
    }

    /** "METHOD /path" of every method of every interface that a tag accessor returns. */
    private static Set<String> generatedOperations() {
        return Arrays.stream(TagAccessors.class.getMethods())
                .filter(Method::isDefault)
                .flatMap(accessor -> Arrays.stream(accessor.getReturnType().getMethods()))
                .map(SafeToRetryListTest::operation)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static String operation(Method method) {
        String httpMethod = Arrays.stream(method.getAnnotations())
                .map(annotation -> annotation.annotationType().getSimpleName())
                .filter(name -> Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
                        .contains(name))
                .findFirst()
                .orElse(null);
        if (httpMethod == null) {
            return null;
        }
        Request request = new Request.Builder()
                .url("https://api.devin.ai/")
                .method(
                        httpMethod,
                        httpMethod.equals("POST") || httpMethod.equals("PUT") || httpMethod.equals("PATCH")
                                ? okhttp3.RequestBody.create(new byte[0], null)
                                : null)
                .tag(Invocation.class, Invocation.of(method, java.util.List.of()))
                .build();
        return Operation.of(request).orElse(null);
    }
}
