package io.github.devinapi.spec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The build's entry point to the spec, run by exec-maven-plugin.
 *
 * <pre>
 * check   --spec=F --names=F --accepted=F [--accept=true]
 *         Fails on a malformed spec or colliding operation names; reports a spec that differs from
 *         the accepted checksum, or records it with --accept=true.
 * prepare --spec=F --names=F --out=F --accessors-out=F [--fingerprint=F]...
 *         Writes the generator's copy of the spec (see GenerationSpec) and the TagAccessors source;
 *         rewrites a file only when its content changes.
 * </pre>
 */
public final class SpecTool {

    private SpecTool() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (SpecException e) {
            // exec:java reports the exception message; a stack trace would only hide it.
            System.err.println("[spec] ERROR " + e.getMessage());
            throw e;
        }
    }

    static void run(String[] args) {
        if (args.length == 0) {
            throw new SpecException("usage: SpecTool check|prepare --spec=FILE ...");
        }
        Map<String, List<String>> options = parse(Arrays.copyOfRange(args, 1, args.length));
        SpecDocument spec = SpecDocument.load(Path.of(required(options, "spec")));
        OperationNames names = OperationNames.load(optionalPath(options, "names"));
        switch (args[0]) {
            case "check" -> check(spec, names, options);
            case "prepare" -> prepare(spec, names, options);
            default -> throw new SpecException("unknown command '" + args[0] + "': use check or prepare");
        }
    }

    private static void check(SpecDocument spec, OperationNames names, Map<String, List<String>> options) {
        int operations = names.assign(SpecOperation.all(spec.root())).size();
        AcceptedSpec accepted = new AcceptedSpec(Path.of(required(options, "accepted")));
        if (Boolean.parseBoolean(single(options, "accept", "false"))) {
            accepted.accept(spec);
            System.out.println("[spec] Accepted " + spec.file().getFileName() + " ("
                    + AcceptedSpec.sha256(spec.bytes()) + ")");
        } else if (!accepted.accepts(spec)) {
            System.out.println("[spec] WARNING " + accepted.changedMessage(spec));
        }
        System.out.println("[spec] " + spec.file().getFileName() + ": " + operations + " operation(s), well-formed");
    }

    private static void prepare(SpecDocument spec, OperationNames names, Map<String, List<String>> options) {
        List<byte[]> fingerprintInputs = new ArrayList<>();
        for (String file : options.getOrDefault("fingerprint", List.of())) {
            fingerprintInputs.add(read(Path.of(file)));
        }
        ObjectNode prepared = GenerationSpec.prepare(spec, names, fingerprintInputs);
        try {
            writeIfChanged(Path.of(required(options, "out")),
                    SpecDocument.YAML.writerWithDefaultPrettyPrinter().writeValueAsBytes(prepared));
        } catch (IOException e) {
            throw new SpecException("cannot serialise the generation spec: " + e.getMessage(), e);
        }
        writeIfChanged(Path.of(required(options, "accessors-out")),
                TagAccessors.javaSource(SpecOperation.all(spec.root())).getBytes(StandardCharsets.UTF_8));
    }

    /** Leaves an unchanged file untouched, so that incremental compilation stays incremental. */
    private static void writeIfChanged(Path out, byte[] content) {
        try {
            if (Files.exists(out) && Arrays.equals(Files.readAllBytes(out), content)) {
                return;
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.write(out, content);
        } catch (IOException e) {
            throw new SpecException(out + ": cannot be written: " + e.getMessage(), e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SpecException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static Map<String, List<String>> parse(String[] args) {
        Map<String, List<String>> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new SpecException("argument '" + arg + "' is not of the form --name=value");
            }
            options.computeIfAbsent(arg.substring(2, eq), k -> new ArrayList<>()).add(arg.substring(eq + 1));
        }
        return options;
    }

    private static String required(Map<String, List<String>> options, String name) {
        String value = single(options, name, null);
        if (value == null || value.isBlank()) {
            throw new SpecException("missing --" + name + "=...");
        }
        return value;
    }

    private static String single(Map<String, List<String>> options, String name, String fallback) {
        List<String> values = options.get(name);
        return values == null || values.isEmpty() ? fallback : values.get(values.size() - 1);
    }

    private static Path optionalPath(Map<String, List<String>> options, String name) {
        String value = single(options, name, null);
        return value == null ? null : Path.of(value);
    }
}
