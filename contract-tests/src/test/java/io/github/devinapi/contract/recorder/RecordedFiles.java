package io.github.devinapi.contract.recorder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What a recording run left in its directory: the scenario folders, their scenario.json, every file's text. */
record RecordedFiles(Path recordings) {

    List<String> folders() throws IOException {
        try (Stream<Path> entries = Files.list(recordings)) {
            return entries.map(path -> path.getFileName().toString()).toList();
        }
    }

    JsonNode info(String folder) throws IOException {
        return new ObjectMapper()
                .readTree(recordings.resolve(folder).resolve("scenario.json").toFile());
    }

    /** Every file's path and content, for asserting what appears nowhere. */
    String all() throws IOException {
        try (Stream<Path> files = Files.walk(recordings)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> {
                        try {
                            return file + "\n" + Files.readString(file, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .collect(Collectors.joining("\n"));
        }
    }
}
