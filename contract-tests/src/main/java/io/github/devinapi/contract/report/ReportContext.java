package io.github.devinapi.contract.report;

import java.util.List;

/** What the report says about the run itself: spec, target, the scenarios it skipped, and notes. */
record ReportContext(
        String spec,
        String target,
        int operationsInSpec,
        List<SkippedScenario> skipped,
        List<Observation> observations,
        List<String> notes) {

    ReportContext {
        skipped = List.copyOf(skipped);
        observations = List.copyOf(observations);
        notes = List.copyOf(notes);
    }

    ReportContext(String spec, String target, int operationsInSpec) {
        this(spec, target, operationsInSpec, List.of(), List.of(), List.of());
    }
}
