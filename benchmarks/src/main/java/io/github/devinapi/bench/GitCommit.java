package io.github.devinapi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The commit the figures were taken on, as git tells it, so that a table can be traced back to its code. */
final class GitCommit {

    private GitCommit() {}

    /** ", commit abc1234" (with "+ local changes" when the tree differs), or nothing outside a git checkout. */
    static String describe() {
        try {
            String head = git("rev-parse", "--short", "HEAD");
            if (head.isEmpty()) {
                return "";
            }
            return ", commit " + head + (git("status", "--porcelain").isEmpty() ? "" : " + local changes");
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
            return "";
        }
        return output;
    }
}
