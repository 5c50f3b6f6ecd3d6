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
 * check   --spec=F --names=F --accepted=F --accepted-copy=F --report-dir=D
 *         [--accept=true] [--require-accepted=true]
 *         Fails on a malformed spec or colliding operation names; prints each method name that is
 *         not the plain rule's (a collision told apart, an override). A spec that differs from the
 *         accepted one gets a change report (breaking / compatible for client users) in D; with
 *         --require-accepted=true it fails the build; --accept=true records it as accepted.
 * compare-implementation --spec=F --implementation=F
 *         Compares an implementation's own description (a FastAPI app's /openapi.json) with the spec, for
 *         the operations it serves; fails on a difference that breaks client users.
 * prepare --spec=F --names=F --out=F --accessors-out=F --api-package=P [--paging-out=F] [--fingerprint=F]...
 *         Writes the generator's copy of the spec (see GenerationSpec), the TagAccessors source and
 *         the list of paged operations (see PagingRule); rewrites a file only when its content changes.
 *         Prints the names as check does.
 * </pre>
 */
public final class SpecTool {

    private SpecTool() {}

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
            case "compare-implementation" -> compareImplementation(spec, options);
            default ->
                throw new SpecException(
                        "unknown command '" + args[0] + "': use check, prepare or compare-implementation");
        }
    }

    /** Fails when an implementation's own description differs from the spec in a way that breaks client users. */
    private static void compareImplementation(SpecDocument spec, Map<String, List<String>> options) {
        SpecDocument implementation = SpecDocument.load(Path.of(required(options, "implementation")));
        List<SpecChange> changes = ImplementationChanges.between(spec, implementation);
        SpecChangeReport report = new SpecChangeReport(changes);
        System.out.println("[spec] " + implementation.file().getFileName() + " against "
                + spec.file().getFileName() + ", for the operations it serves: " + report.summary());
        report.consoleLines().forEach(line -> System.out.println("[spec] " + line));
        if (report.breakingCount() > 0) {
            throw new SpecException(implementation.file().getFileName() + " differs from the spec in "
                    + report.breakingCount() + " way(s) that break client users (listed above)");
        }
    }

    private static void check(SpecDocument spec, OperationNames names, Map<String, List<String>> options) {
        int operations = chooseNames(spec, names).size();
        System.out.println("[spec] " + spec.file().getFileName() + ": " + operations + " operation(s), well-formed");
        AcceptedSpec accepted =
                new AcceptedSpec(Path.of(required(options, "accepted")), Path.of(required(options, "accepted-copy")));
        Path reportDir = Path.of(required(options, "report-dir"));
        if (Boolean.parseBoolean(single(options, "accept", "false"))) {
            accepted.accept(spec);
            System.out.println(
                    "[spec] Accepted " + spec.file().getFileName() + " (" + AcceptedSpec.sha256(spec.bytes()) + ")");
        }
        String current = AcceptedSpec.sha256(spec.bytes());
        if (accepted.accepts(spec)) {
            new SpecChangeReport(List.of()).write(reportDir, current, current);
            return;
        }
        System.out.println("[spec] WARNING " + accepted.changedMessage(spec));
        SpecDocument previous = accepted.acceptedDocument();
        if (previous == null) {
            System.out.println("[spec] No accepted copy to compare with; changes cannot be listed.");
        } else {
            SpecChangeReport report = new SpecChangeReport(SpecChanges.between(previous, spec));
            report.write(reportDir, accepted.acceptedChecksum(), current);
            report.consoleLines().forEach(line -> System.out.println("[spec] " + line));
            System.out.println("[spec] Report: " + reportDir.resolve("spec-changes.md"));
        }
        if (Boolean.parseBoolean(single(options, "require-accepted", "false"))) {
            throw new SpecException(spec.file().getFileName() + " is not the accepted spec and spec.requireAccepted "
                    + "is set. Review the changes above, then run: " + AcceptedSpec.ACCEPT_COMMAND);
        }
    }

    private static void prepare(SpecDocument spec, OperationNames names, Map<String, List<String>> options) {
        chooseNames(spec, names);
        List<byte[]> fingerprintInputs = new ArrayList<>();
        for (String file : options.getOrDefault("fingerprint", List.of())) {
            fingerprintInputs.add(read(Path.of(file)));
        }
        ObjectNode prepared = GenerationSpec.prepare(spec, names, fingerprintInputs);
        try {
            writeIfChanged(
                    Path.of(required(options, "out")),
                    SpecDocument.YAML.writerWithDefaultPrettyPrinter().writeValueAsBytes(prepared));
        } catch (IOException e) {
            throw new SpecException("cannot serialise the generation spec: " + e.getMessage(), e);
        }
        writeIfChanged(
                Path.of(required(options, "accessors-out")),
                TagAccessors.javaSource(SpecOperation.all(spec.root()), required(options, "api-package"))
                        .getBytes(StandardCharsets.UTF_8));
        String pagingOut = single(options, "paging-out", null);
        if (pagingOut != null) {
            List<PagingRule.PagedOperation> paged = PagingRule.find(prepared);
            writeIfChanged(Path.of(pagingOut), PagingRule.properties(paged).getBytes(StandardCharsets.UTF_8));
            System.out.println("[spec] " + paged.size() + " paged operation(s)");
        }
    }

    /** Names every operation (failing on a collision) and prints each name that is not the plain rule's. */
    private static List<NameChoice> chooseNames(SpecDocument spec, OperationNames names) {
        List<NameChoice> choices = names.choose(SpecOperation.all(spec.root()));
        choices.stream()
                .filter(NameChoice::differsFromPlainRule)
                .forEach(choice -> System.out.println("[spec] name: " + choice.describe()));
        return choices;
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
            options.computeIfAbsent(arg.substring(2, eq), k -> new ArrayList<>())
                    .add(arg.substring(eq + 1));
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
