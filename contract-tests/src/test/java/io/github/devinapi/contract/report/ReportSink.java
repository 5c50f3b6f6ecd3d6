package io.github.devinapi.contract.report;

/** Where validated exchanges are counted: the run's report, or a throwaway one in the suite's own tests. */
@FunctionalInterface
public interface ReportSink {

    void record(ExchangeRecord exchange);

    static ReportSink discard() {
        return exchange -> { };
    }
}
