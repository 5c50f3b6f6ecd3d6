package io.github.devinapi.spec;

import java.nio.file.Path;

/** Where the tests find the project's spec: passed in by the build, so tests never copy it. */
final class TestSpecs {

    private TestSpecs() {}

    static Path projectSpec() {
        return Path.of(System.getProperty("devin.spec.file", "v2-openapi.yaml"));
    }

    /** A fixture spec of src/test/resources/fixtures. */
    static Path fixture(String name) {
        return Path.of("src/test/resources/fixtures", name);
    }
}
