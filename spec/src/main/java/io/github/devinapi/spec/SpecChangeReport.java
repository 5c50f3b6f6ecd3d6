package io.github.devinapi.spec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the classified changes as JSON (for tools) and Markdown (for people), and summarises them. */
public final class SpecChangeReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<SpecChange> changes;

    public SpecChangeReport(List<SpecChange> changes) {
        this.changes = List.copyOf(changes);
    }

    public long breakingCount() {
        return changes.stream().filter(SpecChange::breaking).count();
    }

    public void write(Path directory, String acceptedHash, String currentHash) {
        ObjectNode root = JSON.createObjectNode()
                .put("accepted", acceptedHash)
                .put("current", currentHash)
                .put("breaking", breakingCount())
                .put("compatible", changes.size() - breakingCount());
        ArrayNode list = root.putArray("changes");
        for (SpecChange change : changes) {
            list.addObject()
                    .put("breaking", change.breaking())
                    .put("operation", change.operation())
                    .put("where", change.where())
                    .put("what", change.what());
        }
        List<String> markdown = new ArrayList<>();
        markdown.add("# Spec changes since the accepted spec");
        markdown.add("");
        markdown.add("Accepted `" + acceptedHash + "`, current `" + currentHash + "`: " + summary());
        markdown.add("");
        markdown.add("| | operation | where | change |");
        markdown.add("|---|---|---|---|");
        for (SpecChange change : changes) {
            markdown.add("| " + (change.breaking() ? "**breaking**" : "compatible") + " | `" + change.operation()
                    + "` | " + change.where() + " | " + change.what() + " |");
        }
        try {
            Files.createDirectories(directory);
            JSON.writeValue(directory.resolve("spec-changes.json").toFile(), root);
            Files.writeString(
                    directory.resolve("spec-changes.md"), String.join("\n", markdown) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SpecException(directory + ": cannot write the change report: " + e.getMessage(), e);
        }
    }

    public String summary() {
        return changes.size() + " change(s), " + breakingCount() + " breaking for client users";
    }

    /** The summary and the changes, breaking first, as console lines. */
    public List<String> consoleLines() {
        List<String> lines = new ArrayList<>();
        lines.add(summary());
        changes.stream().filter(SpecChange::breaking).forEach(change -> lines.add("  " + change));
        changes.stream().filter(change -> !change.breaking()).forEach(change -> lines.add("  " + change));
        return lines;
    }
}
