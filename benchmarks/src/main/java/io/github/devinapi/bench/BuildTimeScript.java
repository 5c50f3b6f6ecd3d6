package io.github.devinapi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs benchmarks/build-time.sh, which times the build on a scratch copy of the tree, and reads its JSON. */
final class BuildTimeScript {

    private BuildTimeScript() {}

    static BuildTimes run(BenchSettings settings) throws IOException, InterruptedException {
        Path json = settings.out().resolve("build-time.json");
        List<String> command = new ArrayList<>(List.of("bash", settings.buildTimeScript(), "--out", json.toString()));
        if (settings.smoke()) {
            command.add("--smoke");
        }
        System.out.println("\n# Build timings: " + String.join(" ", command));
        Files.deleteIfExists(json);
        int status = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (status != 0) {
            throw new IllegalStateException("build-time.sh failed with exit status " + status);
        }
        return BuildTimes.read(json);
    }
}
