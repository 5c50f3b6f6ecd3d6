package io.github.devinapi.bench;

import java.util.Locale;

/** The table's section on the build timings of benchmarks/build-time.sh: medians of full and no-change builds. */
final class BuildSection {

    private BuildSection() {}

    static String render(BuildTimes build) {
        StringBuilder out = new StringBuilder();
        out.append(ResultTable.BUILD_SECTION)
                .append("  Build: ./mvnw ")
                .append(build.goal())
                .append(" wall time on a scratch copy of the tree, warm local repository\n");
        out.append("   ")
                .append(build.maven())
                .append(", Maven on Java ")
                .append(build.mavenJava())
                .append("; ")
                .append(build.runs())
                .append(build.runs() == 1 ? " run" : " runs")
                .append(" each (median)")
                .append(
                        build.primingSeconds() == null
                                ? ""
                                : String.format(
                                        Locale.ROOT, ", after a priming build of %.1f s", build.primingSeconds()))
                .append('\n');
        double full = BuildTimes.median(build.fullSeconds());
        double noChange = BuildTimes.median(build.noChangeSeconds());
        out.append(String.format(
                Locale.ROOT,
                "   %-58s %8.1f s   runs: %s%n",
                "full build (no target/ folders)",
                full,
                BuildTimes.list(build.fullSeconds())));
        out.append(String.format(
                Locale.ROOT,
                "   %-58s %8.1f s   runs: %s   (%.2fx of the full build)%n",
                "no-change rebuild",
                noChange,
                BuildTimes.list(build.noChangeSeconds()),
                noChange / full));
        return out.toString();
    }
}
