package io.github.devinapi.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The regions of a sample source file that the README shows, between "// snippet:NAME" and "// snippet:end". */
final class Snippets {

    private static final String INDENT = "        ";

    private Snippets() {}

    static Path base() {
        return Path.of(System.getProperty("basedir", "."));
    }

    static String readme() {
        return read(base().resolve("../README.md"));
    }

    /** The region's lines without the method body's indentation; fails if the markers are missing. */
    static String region(String sampleFile, String name) {
        List<String> lines = read(sample(sampleFile)).lines().collect(Collectors.toList());
        int start = lines.indexOf(INDENT + "// snippet:" + name);
        int end = start < 0 ? -1 : lines.subList(start, lines.size()).indexOf(INDENT + "// snippet:end") + start;
        if (start < 0 || end < start) {
            throw new AssertionError(sampleFile + " has no region '// snippet:" + name + "' ... '// snippet:end'");
        }
        return lines.subList(start + 1, end).stream()
                .map(line -> line.substring(Math.min(INDENT.length(), line.length())))
                .collect(Collectors.joining("\n"));
    }

    /** Every region of a sample file, in order. */
    static List<String> regions(String sampleFile) {
        return read(sample(sampleFile))
                .lines()
                .filter(line -> line.startsWith(INDENT + "// snippet:") && !line.equals(INDENT + "// snippet:end"))
                .map(line -> region(sampleFile, line.substring((INDENT + "// snippet:").length())))
                .collect(Collectors.toList());
    }

    /** The README's java blocks, each as {@link #javaBlock} writes one. */
    static List<String> readmeJavaBlocks() {
        return Pattern.compile("(?m)^```java\n.*?\n```$", Pattern.DOTALL)
                .matcher(readme())
                .results()
                .map(MatchResult::group)
                .collect(Collectors.toList());
    }

    /** How the README must show a region: a java block, byte for byte. */
    static String javaBlock(String region) {
        return "```java\n" + region + "\n```";
    }

    private static Path sample(String sampleFile) {
        return base().resolve("src/test/java/io/github/devinapi/client").resolve(sampleFile);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
