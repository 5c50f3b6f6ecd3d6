package io.github.devinapi.bench;

import java.nio.file.Path;
import java.util.Map;

/**
 * The bench command's arguments ({@code --name=value}), with their defaults: smoke, include (regex on benchmark
 * names), rounds (forks per benchmark, default 2), paired, build-time, prof (JMH profilers, comma-separated, each
 * {@code name} or {@code name:options}), jvm-args (more options for the benchmark JVMs, space-separated), spec,
 * build-time-script, out.
 */
record BenchSettings(Map<String, String> options) {

    static BenchSettings parse(String[] args) {
        return new BenchSettings(Flags.parse(args));
    }

    boolean smoke() {
        return Boolean.parseBoolean(options.getOrDefault("smoke", "false"));
    }

    Path out() {
        return Path.of(options.getOrDefault("out", "target"));
    }

    /** Forks per benchmark and parameter set: 2, or 1 in a smoke run, unless given. */
    int rounds() {
        String rounds = options.getOrDefault("rounds", "");
        return rounds.isBlank() ? (smoke() ? 1 : 2) : Integer.parseInt(rounds);
    }

    String include() {
        return options.getOrDefault("include", ".*");
    }

    boolean paired() {
        return Boolean.parseBoolean(options.getOrDefault("paired", "true"));
    }

    boolean buildTime() {
        return Boolean.parseBoolean(options.getOrDefault("build-time", "true"));
    }

    String prof() {
        return options.getOrDefault("prof", "");
    }

    String jvmArgs() {
        return options.getOrDefault("jvm-args", "");
    }

    /** The spec for the suite's validator, as the benchmark JVMs are given it. */
    String spec() {
        return options.getOrDefault("spec", "../spec/v2-openapi.yaml");
    }

    String buildTimeScript() {
        return options.getOrDefault("build-time-script", "build-time.sh");
    }
}
