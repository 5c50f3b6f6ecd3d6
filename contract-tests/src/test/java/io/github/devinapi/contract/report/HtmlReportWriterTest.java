package io.github.devinapi.contract.report;

import static io.github.devinapi.contract.report.Page.hasClass;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.devinapi.contract.model.ContractOperation;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

@DisplayName("index.html, for a run over 47 operations")
class HtmlReportWriterTest {

    private final SyntheticCoverage run = new SyntheticCoverage();
    private final Page page = new Page(HtmlReportWriter.render(run.coverage(), run.context()));

    @Test
    @DisplayName("has a matrix row per operation of the spec, plus one for the exchanges that matched none")
    void oneMatrixRowPerOperation() {
        // given a run over 47 operations and one request no operation matched (rendered above)

        // when
        List<String> rows = page.all("//div[@class='matrix']//tbody/tr").stream()
                .map(row -> row.getAttribute("data-operation"))
                .toList();

        // then
        assertThat(rows)
                .hasSize(SyntheticCoverage.OPERATIONS + 1)
                .doesNotHaveDuplicates()
                .containsAll(run.operations.stream().map(ContractOperation::key).toList())
                .contains(Coverage.NO_OPERATION);
        assertThat(page.all("//div[@class='matrix']//tr[@data-operation=\"" + run.onlyOk200.key()
                        + "\"]//span[@class='key']"))
                .singleElement()
                .extracting(Element::getTextContent)
                .isEqualTo(run.onlyOk200.key());
    }

    @Test
    @DisplayName("has a column per status that occurs or is declared, in order, and no other")
    void statusColumns() {
        // when
        List<String> columns = page.all("//div[@class='matrix']/table[1]/thead//th[@class='col']").stream()
                .map(Element::getTextContent)
                .toList();

        // then
        assertThat(columns).containsExactly("200", "401", "404", "422");
    }

    @Test
    @DisplayName("groups the operations by tag, the group and the operation that failed first")
    void groupedByTagFailuresFirst() {
        // when
        List<String> tags = page.all("//div[@class='matrix']/table/thead//th[@class='tagname']").stream()
                .map(Element::getTextContent)
                .toList();
        Element firstRow = page.all("//div[@class='matrix']//tbody/tr").get(0);

        // then
        assertThat(tags)
                .startsWith("sessions")
                .containsAll(SyntheticCoverage.TAGS)
                .contains(CoverageMatrix.NO_TAG);
        assertThat(tags).hasSize(SyntheticCoverage.TAGS.size() + 1);
        assertThat(firstRow.getAttribute("data-operation")).isEqualTo(run.failed.key());
        assertThat(firstRow.getAttribute("class")).isEqualTo("op failed");
        assertThat(firstRow.getTextContent()).startsWith("\u2717 " + run.failed.name());
    }

    @Test
    @DisplayName("marks each cell with its state as a class and a symbol, and with the letters of its sources")
    void cellStatesAndMarkers() {
        // then: failed, by the hand-written scenario and the schema-driven ones
        assertCell(run.failed, "200", "failed", "\u2717hs");
        // a 401 the spec does not declare, expected by a hand-written scenario
        assertCell(run.specGap, "401", "specgap", "!h");
        assertCell(run.recordedAndHandWritten, "200", "covered", "\u2713rhs");
        assertCell(run.onlyOk200, "200", "covered", "\u2713s");
        // 422 declared, nobody covered it
        assertCell(run.onlyOk200, "422", "uncovered", "\u2013");
        for (ContractOperation operation : run.uncovered) {
            assertCell(operation, "200", "uncovered", "\u2013");
        }
        // neither declared nor seen: an empty cell
        assertThat(page.cell(run.onlyOk200.key(), "401").getAttribute("class")).isEqualTo("c");
        assertThat(page.cell(run.onlyOk200.key(), "401").getTextContent()).isEmpty();
        assertThat(page.cell(Coverage.NO_OPERATION, "404").getAttribute("class"))
                .isEqualTo("c undeclared");
    }

    @Test
    @DisplayName("shows the totals at the top")
    void totals() {
        assertThat(page.one("//li[@id='total-operations']").getTextContent()).isEqualTo("44 of 47 operations covered");
        assertThat(page.one("//li[@id='total-failures']").getTextContent()).isEqualTo("1 failure");
        assertThat(page.one("//li[@id='total-failures']").getAttribute("class")).isEqualTo("failed");
        assertThat(page.one("//li[@id='total-gaps']").getTextContent()).isEqualTo("1 spec gap");
        assertThat(page.one("//li[@id='total-skipped']").getTextContent()).isEqualTo("3 scenarios skipped");
        assertThat(page.one("//li[@id='total-observations']").getTextContent()).isEqualTo("1 observation");
    }

    @Test
    @DisplayName("lists the failure, with its source, operation, status and violations, open and before the details")
    void failuresBeforeDetails() {
        // when
        Element failure = page.one("//section[@id='failures']/article[@class='failure']");

        // then
        assertThat(failure.getTextContent())
                .contains(
                        SyntheticCoverage.HOSTILE_SCENARIO,
                        "hand-written",
                        run.failed.name(),
                        run.failed.key(),
                        "200",
                        SyntheticCoverage.VIOLATION);
        assertThat(page.all("//section[@id='failures']/ancestor-or-self::details"))
                .isEmpty();
        assertThat(page.html.indexOf("<section id=\"failures\""))
                .isPositive()
                .isLessThan(page.html.indexOf("<section id=\"operations\""))
                .isLessThan(page.html.indexOf("<section id=\"lists\""));
    }

    @Test
    @DisplayName("folds each operation's details, its scenarios per status and source inside")
    void detailsFolded() {
        // when
        List<Element> details = page.all("//section[@id='operations']/details[" + hasClass("operation") + "]");
        Element failed = page.one("//section[@id='operations']/details[summary//code=\"" + run.failed.key() + "\"]");

        // then
        assertThat(details)
                .hasSize(SyntheticCoverage.OPERATIONS + 1)
                .allSatisfy(detail -> assertThat(detail.hasAttribute("open")).isFalse());
        assertThat(failed.getAttribute("class")).isEqualTo("operation failed");
        Element matrixLink = page.one("//div[@class='matrix']//tr[@data-operation=\"" + run.failed.key() + "\"]//a");
        assertThat(matrixLink.getAttribute("href")).isEqualTo("#" + failed.getAttribute("id"));
        List<String> handWritten200 = page
                .all("//section[@id='operations']/details[@id='" + failed.getAttribute("id")
                        + "']//tr[td[1]='200']/td[6]//li")
                .stream()
                .map(Element::getTextContent)
                .toList();
        assertThat(handWritten200).containsExactly(SyntheticCoverage.HOSTILE_SCENARIO);
        Element uncovered422 = page.one(
                "//section[@id='operations']/details[summary//code=\"" + run.onlyOk200.key() + "\"]//tr[td[1]='422']");
        assertThat(uncovered422.getAttribute("class")).isEqualTo("uncovered");
    }

    @Test
    @DisplayName("folds each list, its count in its summary line, the skipped scenarios grouped by reason")
    void listsFoldedWithCounts() {
        // when
        List<String> summaries = page.all("//section[@id='lists']/details/summary").stream()
                .map(Element::getTextContent)
                .toList();

        // then
        assertThat(summaries)
                .containsExactly(
                        "Uncovered operations 3",
                        "Operations no recorded or hand-written scenario shows answering 2xx 42",
                        "Spec gaps (undeclared statuses a scenario expected) 1",
                        "Unmatched requests 0",
                        "Recordings no test used 0",
                        "Skipped scenarios 3",
                        "Observations (reported, not failed) 1",
                        "Notes 1");
        assertThat(page.all("//section[@id='lists']/details[@open]")).isEmpty();
        assertThat(page.all("//details[@id='list-skipped']/h4").stream().map(Element::getTextContent))
                .containsExactly(
                        "2 \u00d7 a request would change the tenant",
                        "1 \u00d7 uses group names, and a live run has no test groups");
        assertThat(page.all("//details[@id='list-uncovered']//li").stream().map(Element::getTextContent))
                .containsExactlyElementsOf(
                        run.uncovered.stream().map(ContractOperation::describe).toList());
    }

    @Test
    @DisplayName(
            "escapes every text, scenario names and spec alike, and stays one page without scripts or outside resources")
    void escapedAndSelfContained() {
        // then: the markup holds no script, and the texts come back whole
        assertThat(page.html)
                .doesNotContain("<script", "<two>", "<openapi>", "<is>")
                .contains("raw: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;");
        assertThat(page.all("//script")).isEmpty();
        assertThat(page.all("//*[@src or @rel]")).isEmpty();
        assertThat(page.html).doesNotContain("http://", "https://", "url(", "@import");
        assertThat(page.one("//p[@class='run']/code").getTextContent()).isEqualTo("spec/v2-<openapi>.yaml");
        assertThat(page.all("//li").stream().map(Element::getTextContent))
                .contains(
                        "raw: adds <two> members"
                                + "POST /v2/enterprise/members/op3 would change the tenant (live run)",
                        "operation9: the answer's \"next\" link <is> absolute");
        assertThat(page.one("//title").getTextContent()).isEqualTo("Contract report: mock & co");
    }

    private void assertCell(ContractOperation operation, String status, String state, String text) {
        Element cell = page.cell(operation.key(), status);
        assertThat(cell.getAttribute("class"))
                .as("%s %s", operation.key(), status)
                .isEqualTo("c " + state);
        assertThat(cell.getTextContent()).as("%s %s", operation.key(), status).isEqualTo(text);
    }
}
