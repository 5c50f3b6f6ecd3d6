package io.github.devinapi.contract.report;

import java.util.List;

/** What the report says about the run itself: spec, target, the scenarios it skipped, and notes. */
record ReportContext(String spec, String target, int operationsInSpec, List<SkippedScenario> skipped, List<String> notes) {

    ReportContext {
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    ReportContext(String spec, String target, int operationsInSpec) {
        this(spec, target, operationsInSpec, List.of(), List.of());
    }
}
