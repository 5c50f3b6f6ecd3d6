package io.github.devinapi.contract.targets;

import io.github.devinapi.contract.Once;
import java.util.Locale;

/** Chooses the run's target from {@code -Dcontract.target}, once per JVM. */
final class Targets {

    private Targets() {
    }

    private static final Once<Target> CURRENT = new Once<>(() -> select(System.getProperty(Target.PROPERTY, "mock")));

    static Target current() {
        return CURRENT.get();
    }

    static Target select(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "", "mock" -> MockTarget.start();
            case "live" -> throw new IllegalStateException("-D" + Target.PROPERTY + "=live (-Plive): the live target is "
                    + "not part of the contract suite yet. Run without -Plive to use the embedded tenant.");
            default -> throw new IllegalStateException("-D" + Target.PROPERTY + "=" + name
                    + " is not a target: use mock (the embedded tenant, default) or live");
        };
    }
}
