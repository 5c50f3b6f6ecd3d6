package io.github.devinapi.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagAccessorsTest {

    @Test
    void oneAccessorPerTagReturningItsGeneratedInterface() {
        String source = TagAccessors.javaSource(
                List.of(
                        OperationNamesTest.operation("GET", "/a", null),
                        operationTagged("api-keys"),
                        operationTagged("default")),
                "io.github.devinapi.client.api");

        assertThat(source)
                .contains("default io.github.devinapi.client.api.GroupsApi groups()")
                .contains("default io.github.devinapi.client.api.ApiKeysApi apiKeys()")
                .contains("default io.github.devinapi.client.api.DefaultApi defaultApi()")
                .contains("<T> T api(Class<T> retrofitInterface);");
    }

    private static SpecOperation operationTagged(String tag) {
        SpecOperation operation = OperationNamesTest.operation("GET", "/b", null);
        operation.node().putArray("tags").add(tag);
        return operation;
    }
}
