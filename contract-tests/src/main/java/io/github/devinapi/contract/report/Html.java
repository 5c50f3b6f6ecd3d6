package io.github.devinapi.contract.report;

import io.github.devinapi.contract.scenario.ScenarioSource;
import java.util.Collection;
import java.util.Set;

/**
 * Escaping and the few pieces of markup the page's sections share. The page is well-formed XML as well
 * as HTML (void elements closed, only XML's own entities), so that tests can read it with the JDK's parser.
 */
final class Html {

    private Html() {}

    /** Text for an element or an attribute, whatever it holds; null is empty. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append("\uFFFD"); // not allowed in XML, not wanted in HTML
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** "r", "h", "s" for the sources present, in that order: the marker of a matrix cell. */
    static String sourceLetters(Set<ScenarioSource> sources) {
        StringBuilder letters = new StringBuilder();
        for (ScenarioSource source : ScenarioSource.values()) {
            if (sources.contains(source)) {
                letters.append(letter(source));
            }
        }
        return letters.toString();
    }

    static String letter(ScenarioSource source) {
        return source.label().substring(0, 1);
    }

    /** An unordered list of texts, each escaped, or "none" in grey. */
    static void list(StringBuilder html, Collection<String> items) {
        if (items.isEmpty()) {
            html.append("<p class=\"none\">None.</p>\n");
            return;
        }
        html.append("<ul>\n");
        items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>\n"));
        html.append("</ul>\n");
    }

    /** "1 failure", "3 failures". */
    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
