package io.github.devinapi.contract.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.devinapi.contract.model.ContractOperation;
import io.github.devinapi.contract.scenario.CheckedExchange;
import io.github.devinapi.contract.scenario.ScenarioSource;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The coverage matrix")
class CoverageMatrixTest {

    private static final ContractOperation RANGES =
            SyntheticCoverage.operation("GET", "/v2/things", "listThings", "things", Set.of("200", "5XX", "default"));
    private static final ContractOperation PLAIN =
            SyntheticCoverage.operation("GET", "/v2/things/{id}", "getThing", "things", Set.of("200", "422"));

    @Test
    @DisplayName("has a column per status seen or declared, ranges after their codes and default last")
    void columnsInOrder() {
        // given
        ContractReport report = new ContractReport();
        report.record(exchange(RANGES, 503, List.of()));
        report.record(exchange(PLAIN, 201, List.of()));

        // when
        CoverageMatrix matrix = CoverageMatrix.of(Coverage.of(report, List.of(RANGES, PLAIN)));

        // then
        assertThat(matrix.columns()).containsExactly("200", "201", "422", "503", "5XX", "default");
    }

    @Test
    @DisplayName("counts a status under the range that declares it, and under default only what no range declares")
    void rangesAndDefault() {
        // given a 503 (declared by 5XX) that failed and a 404 (declared by default only)
        ContractReport report = new ContractReport();
        report.record(exchange(RANGES, 503, List.of("broken")));
        report.record(exchange(RANGES, 404, List.of()));

        // when
        CoverageMatrix.Row row =
                CoverageMatrix.of(Coverage.of(report, List.of(RANGES))).rows().get(0);

        // then
        assertThat(row.cells().get("5XX").state()).isEqualTo(StatusState.FAILED);
        assertThat(row.cells().get("503").state()).isEqualTo(StatusState.FAILED);
        assertThat(row.cells().get("default").state()).isEqualTo(StatusState.COVERED);
        assertThat(row.cells().get("default").exchanges()).isEqualTo(1);
        assertThat(row.cells().get("200").state()).isEqualTo(StatusState.UNCOVERED);
        assertThat(row.uncoveredDeclared()).containsExactly("200");
        assertThat(row.state()).isEqualTo(StatusState.FAILED);
    }

    @Test
    @DisplayName("keeps the spec's order when nothing failed, and lists an operation nobody covered")
    void specOrderWithoutFailures() {
        // given
        ContractReport report = new ContractReport();
        report.record(exchange(PLAIN, 200, List.of()));

        // when
        CoverageMatrix matrix = CoverageMatrix.of(Coverage.of(report, List.of(RANGES, PLAIN)));

        // then
        assertThat(matrix.rows()).extracting(CoverageMatrix.Row::name).containsExactly("listThings", "getThing");
        assertThat(matrix.rows().get(0).state()).isEqualTo(StatusState.UNCOVERED);
        assertThat(matrix.rows().get(0).coverage()).isNull();
        assertThat(matrix.rows().get(1).cells().get("422").state()).isEqualTo(StatusState.UNCOVERED);
    }

    private static CheckedExchange exchange(ContractOperation operation, int status, List<String> failures) {
        return new CheckedExchange(
                "a scenario", ScenarioSource.SCHEMA_DRIVEN, operation.key(), operation.name(), status, failures, false);
    }
}
