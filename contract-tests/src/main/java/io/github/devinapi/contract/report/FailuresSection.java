package io.github.devinapi.contract.report;

import io.github.devinapi.contract.scenario.CheckedExchange;

/** Right after the overview, open: each failed exchange with its scenario, source, operation, status and violations. */
final class FailuresSection {

    private FailuresSection() {}

    static void render(StringBuilder html, Coverage coverage) {
        html.append("<section id=\"failures\">\n<h2>Failures <span class=\"count")
                .append(coverage.failureCount() > 0 ? " failed" : "")
                .append("\">")
                .append(coverage.failureCount())
                .append("</span></h2>\n");
        if (coverage.failures().isEmpty()) {
            html.append("<p class=\"none\">None: every exchange conformed to the spec.</p>\n</section>\n");
            return;
        }
        for (CheckedExchange failure : coverage.failures()) {
            html.append("<article class=\"failure\">\n<h3>")
                    .append(StatusState.FAILED.symbol())
                    .append(' ')
                    .append(Html.escape(failure.scenario()))
                    .append("</h3>\n<p class=\"meta\"><span class=\"source\">")
                    .append(Html.escape(failure.source().label()))
                    .append("</span> &#183; ");
            if (failure.operationName() != null && !failure.operationName().isEmpty()) {
                html.append("<b>").append(Html.escape(failure.operationName())).append("</b> ");
            }
            html.append("<code>")
                    .append(Html.escape(
                            failure.operationKey() == null ? Coverage.NO_OPERATION : failure.operationKey()))
                    .append("</code> &#8594; <b class=\"status\">")
                    .append(failure.status())
                    .append("</b></p>\n<ul class=\"violations\">\n");
            failure.failures()
                    .forEach(violation -> html.append("<li><pre>")
                            .append(Html.escape(violation))
                            .append("</pre></li>\n"));
            html.append("</ul>\n</article>\n");
        }
        html.append("</section>\n");
    }
}
