package io.github.devinapi.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The regions of a sample source file that the README shows, between "// snippet:NAME" and "// snippet:end". */
final class Snippets {

    private static final String INDENT = "        ";

    private Snippets() {
    }

    static Path base() {
        return Path.of(System.getProperty("basedir", "."));
    }

    static String readme() {
        return read(base().resolve("../README.md"));
    }

    /** The region's lines without the method body's indentation; fails if the markers are missing. */
    static String region(String sampleFile, String name) {
        List<String> lines = read(base().resolve("src/test/java/io/github/devinapi/client").resolve(sampleFile)).lines()
                .collect(Collectors.toList());
        int start = lines.indexOf(INDENT + "// snippet:" + name);
        int end = start < 0 ? -1 : lines.subList(start, lines.size()).indexOf(INDENT + "// snippet:end") + start;
        if (start < 0 || end < start) {
            throw new AssertionError(sampleFile + " has no region '// snippet:" + name + "' ... '// snippet:end'");
        }
        return lines.subList(start + 1, end).stream().map(line -> line.substring(Math.min(INDENT.length(), line.length())))
                .collect(Collectors.joining("\n"));
    }

    /** How the README must show a region: a java block, byte for byte. */
    static String javaBlock(String region) {
        return "```java\n" + region + "\n```";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
