package io.github.devinapi.contract.report;

/** What the report says about the run itself. */
record ReportContext(String spec, String target, int operationsInSpec) {
}
