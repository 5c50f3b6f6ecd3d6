package io.github.devinapi.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The list of paged operations the build derives from the spec agrees with the generated interfaces. */
class PagedOperationsTest {

    /** The operations of the whole v2 API (spec/v2-openapi.yaml today) and its paged lists. */
    private static final int WHOLE_API_OPERATIONS = 47;

    private static final List<String> WHOLE_API_PAGED = List.of(
            "GET /v2/enterprise/api-keys",
            "GET /v2/enterprise/groups",
            "GET /v2/enterprise/members",
            "GET /v2/enterprise/members/{user_id}/organizations",
            "GET /v2/enterprise/organizations",
            "GET /v2/enterprise/organizations/{org_id}/groups",
            "GET /v2/enterprise/organizations/{org_id}/members",
            "GET /v2/enterprise/sessions",
            "GET /v2/enterprise/sessions/insights");

    @Test
    void exactly_the_operations_answering_a_page_are_listed_as_paged() {
        Set<String> answeringAPage = new TreeSet<>();
        Set<String> listed = new TreeSet<>();
        Set<String> generated = new TreeSet<>();
        PagedOperations shipped = PagedOperations.shipped();
        for (Method method : generatedOperations()) {
            String operation = operationOf(method);
            generated.add(operation);
            Type answer = SuccessBodies.declaredType(method);
            if (answer instanceof Class<?> type && Page.class.isAssignableFrom(type)) {
                answeringAPage.add(operation);
            }
            if (shipped.of(operation).isPresent()) {
                listed.add(operation);
            }
        }

        assertThat(listed).isEqualTo(answeringAPage);
        // a newer spec may add paged lists: those of the whole API it still has stay paged
        assertThat(listed)
                .containsAll(
                        WHOLE_API_PAGED.stream().filter(generated::contains).toList());
        // on the whole v2 API itself, exactly these
        if (generated.containsAll(WHOLE_API_PAGED) && generated.size() == WHOLE_API_OPERATIONS) {
            assertThat(listed).as("the whole v2 API").containsExactlyInAnyOrderElementsOf(WHOLE_API_PAGED);
        }
    }

    @Test
    void the_styles_come_from_the_specs_parameters_and_defaults() {
        PagedOperations shipped = PagedOperations.shipped();

        assertThat(shipped.of("GET /v2/enterprise/members"))
                .contains(new PagedOperations.Style(false, "skip", 0, "limit", 100));
        assertThat(shipped.of("GET /v2/enterprise/api-keys"))
                .contains(new PagedOperations.Style(true, "page", 1, "per_page", 25));
        assertThat(shipped.of("GET /v2/enterprise/audit-logs")).isEmpty();
        assertThat(shipped.of("GET /v2/enterprise/roles")).isEmpty();
    }

    @Test
    void a_line_without_a_default_size_has_size_zero_and_a_malformed_line_says_to_regenerate() throws IOException {
        assertThat(parse("GET\\ /a=offset skip=0 limit").of("GET /a"))
                .contains(new PagedOperations.Style(false, "skip", 0, "limit", 0));
        assertThatThrownBy(() -> parse("GET\\ /a=cursor after"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("regenerate the client");
    }

    private static PagedOperations parse(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return PagedOperations.parse(properties);
    }

    /** Every method of every generated interface, found through the accessors generated from the spec's tags. */
    private static Set<Method> generatedOperations() {
        Set<Method> methods = new HashSet<>();
        for (Method accessor : TagAccessors.class.getMethods()) {
            if (accessor.getParameterCount() == 0) {
                methods.addAll(List.of(accessor.getReturnType().getMethods()));
            }
        }
        assertThat(methods).isNotEmpty();
        return methods;
    }

    private static String operationOf(Method method) {
        for (var annotation : method.getAnnotations()) {
            for (String verb : new String[] {"GET", "POST", "PUT", "PATCH", "DELETE"}) {
                if (annotation.annotationType().getSimpleName().equals(verb)) {
                    try {
                        return verb + " /"
                                + annotation.annotationType().getMethod("value").invoke(annotation);
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        }
        throw new AssertionError(method + " has no HTTP annotation");
    }
}
