package io.github.devinapi.contract.recorder;

import io.github.devinapi.contract.live.LiveTarget;
import io.github.devinapi.contract.model.DisplayPath;
import io.github.devinapi.contract.tenant.Target;
import io.github.devinapi.contract.tenant.TargetSummary;
import io.github.devinapi.contract.tenant.TestIds;
import io.github.devinapi.contract.validation.ContractValidator;
import io.github.devinapi.contract.validation.Exchange;
import io.github.devinapi.contract.validation.ExchangeFindings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The live target reached through WireMock's recorder ({@code -Precord}): every rule of the live target
 * applies, and each scenario that passes leaves a scenario folder, scrubbed and with placeholder ids,
 * under the recordings directory ({@code contract-tests/target/recordings/} by default).
 */
public final class RecordingTarget implements Target {

    private final LiveTarget live;
    private final RecordingProxy proxy;
    private final RecordingWriter writer;
    private final Path directory;

    RecordingTarget(LiveTarget live, RecordingProxy proxy, RecordingWriter writer, Path directory) {
        this.live = live;
        this.proxy = proxy;
        this.writer = writer;
        this.directory = directory;
    }

    /** Starts the recorder in front of {@code live}'s tenant, writing into {@code directory}, which must be empty. */
    public static RecordingTarget open(LiveTarget live, Path directory, ContractValidator validator) {
        requireEmpty(directory);
        var configuration = live.configuration();
        RecordingScrubber scrubber = new RecordingScrubber(
                configuration.apiKey(),
                RecordingScrubber.placeholdersFor(
                        configuration.orgId(), configuration.userIds(), configuration.groupName()));
        return new RecordingTarget(
                live,
                RecordingProxy.start(live.baseUrl(), configuration.apiKey()),
                new RecordingWriter(directory, scrubber, validator),
                directory);
    }

    @Override
    public String name() {
        return live.name();
    }

    @Override
    public String baseUrl() {
        return proxy.baseUrl();
    }

    /** The recorder's own token: the key is added upstream only, so it is never recorded. */
    @Override
    public String bearerToken() {
        return proxy.token();
    }

    @Override
    public boolean isEmbedded() {
        return false;
    }

    @Override
    public ExchangeFindings validate(Exchange seenByClient) {
        return live.validate(seenByClient);
    }

    /** Both the recorder's token and the key it adds upstream. */
    @Override
    public String redact(String text) {
        return live.redact(text.replace(proxy.token(), "<redacted>"));
    }

    @Override
    public void scenarioEnded() {
        live.scenarioEnded();
    }

    @Override
    public void requireOptIn(String variable) {
        live.requireOptIn(variable);
    }

    @Override
    public void adopt(String id) {
        live.adopt(id);
    }

    @Override
    public void answered(String scenario) {
        live.answered(scenario);
    }

    @Override
    public void unanswered(String scenario, Exchange.Request request, java.io.IOException cause) {
        live.unanswered(scenario, request, cause);
    }

    @Override
    public TestIds ids() {
        return live.ids();
    }

    @Override
    public boolean allowsWrites() {
        return live.allowsWrites();
    }

    @Override
    public void beforeSending(String scenario, Exchange.Request request) {
        live.beforeSending(scenario, request);
        proxy.nowServing(scenario);
    }

    @Override
    public void scenarioFinished(String scenario) {
        writer.write(scenario, proxy.take(scenario));
    }

    @Override
    public Duration requestTimeout() {
        return live.requestTimeout();
    }

    @Override
    public String describe() {
        return live.describe() + ", recorded";
    }

    @Override
    public TargetSummary summary() {
        return new TargetSummary(List.of(), List.of(), List.of(notes()));
    }

    @Override
    public void close() {
        try {
            live.close();
        } finally {
            proxy.close();
        }
    }

    /** A run's recordings are never mixed with an earlier run's: they could answer for each other. */
    private static void requireEmpty(Path directory) {
        try (Stream<Path> entries = Files.isDirectory(directory) ? Files.list(directory) : Stream.empty()) {
            if (entries.findAny().isPresent()) {
                throw new IllegalStateException(
                        "The recordings directory " + DisplayPath.of(directory) + " is not empty: "
                                + "keep what you want from it elsewhere, then record with ./mvnw clean verify -Precord");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory, e);
        }
    }

    /** What the recorder did, for the summary: where the folders are and how to adopt one. */
    String notes() {
        StringBuilder summary = new StringBuilder("recordings: " + writer.folders() + " scenario folders written to "
                + DisplayPath.of(directory)
                + "/ (to adopt one, copy it to contract-tests/src/test/resources/scenarios/ "
                + "and run ./mvnw verify)");
        if (writer.duplicates() > 0) {
            summary.append("\n    not recorded again: ")
                    .append(writer.duplicates())
                    .append(" requests already recorded by another scenario");
        }
        for (Map.Entry<String, Integer> skipped : proxy.notRecorded().entrySet()) {
            summary.append("\n    not recorded: ")
                    .append(skipped.getValue())
                    .append(" x ")
                    .append(skipped.getKey());
        }
        return summary.toString();
    }
}
