package io.github.devinapi.contract.model;

import java.nio.file.Path;

/** Paths as messages show them: relative to the project root when inside it, so they are short and clickable. */
public final class DisplayPath {

    private DisplayPath() {}

    public static String of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path workingDirectory = Path.of("").toAbsolutePath();
        // Tests run in contract-tests/; its parent is the project root.
        Path root = workingDirectory.getParent() != null ? workingDirectory.getParent() : workingDirectory;
        return absolute.startsWith(root)
                ? root.relativize(absolute).toString().replace('\\', '/')
                : absolute.toString();
    }
}
