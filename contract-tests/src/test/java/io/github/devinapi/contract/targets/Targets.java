package io.github.devinapi.contract.targets;

import io.github.devinapi.contract.Once;
import io.github.devinapi.contract.record.RecordingTarget;
import io.github.devinapi.contract.validation.ContractValidator;
import java.util.Locale;
import java.util.Optional;

/** Chooses the run's target from {@code -Dcontract.target} (and {@code -Dcontract.record}), once per JVM. */
final class Targets {

    /** Set by {@code -Precord}: the live target, reached through WireMock's recorder. */
    static final String RECORD_PROPERTY = "contract.record";

    private Targets() {
    }

    private static final Once<Target> CURRENT = new Once<>(() -> select(System.getProperty(Target.PROPERTY, "mock")));

    static Target current() {
        return CURRENT.get();
    }

    static Optional<Target> ifStarted() {
        return CURRENT.ifComputed();
    }

    static Target select(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "", "mock" -> MockTarget.start();
            case "live" -> live();
            default -> throw new IllegalStateException("-D" + Target.PROPERTY + "=" + name
                    + " is not a target: use mock (the embedded tenant, default) or live");
        };
    }

    private static Target live() {
        LiveTarget live = new LiveTarget(LiveConfiguration.fromEnvironment(), ContractValidator.shared());
        return Boolean.getBoolean(RECORD_PROPERTY) ? RecordingTarget.start(live, RecordingTarget.directory()) : live;
    }
}
