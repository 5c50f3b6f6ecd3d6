package io.github.devinapi.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The operations that the build found paged in the spec (the spec module's {@code PagingRule}), and how
 * each asks for its next page, as listed in the generated {@value #RESOURCE}.
 */
final class PagedOperations {

    static final String RESOURCE = "paged-operations.properties";

    /**
     * How an operation pages: by offset ({@code skip}, advanced by the items received) or by page number
     * ({@code page}, advanced by one); its start when the caller gives none; the page size when the caller
     * gives none (0 when the spec declares no default).
     */
    record Style(boolean pageNumbers, String startParameter, int firstStart, String sizeParameter, int defaultSize) {}

    private final Map<String, Style> byOperation;

    private PagedOperations(Map<String, Style> byOperation) {
        this.byOperation = Map.copyOf(byOperation);
    }

    static PagedOperations shipped() {
        Properties properties = new Properties();
        try (InputStream in = PagedOperations.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return parse(properties);
    }

    /** Lines such as {@code GET\ /v2/enterprise/members=offset skip=0 limit=100}. */
    static PagedOperations parse(Properties properties) {
        Map<String, Style> styles = new HashMap<>();
        for (String operation : properties.stringPropertyNames()) {
            styles.put(
                    operation,
                    style(operation, properties.getProperty(operation).trim()));
        }
        return new PagedOperations(styles);
    }

    /** The style of an operation ({@code "GET /v2/enterprise/members"}), empty if it is not paged. */
    Optional<Style> of(String operation) {
        return Optional.ofNullable(byOperation.get(operation));
    }

    private static Style style(String operation, String value) {
        String[] words = value.split("\\s+");
        if (words.length != 3 || !(words[0].equals("offset") || words[0].equals("page")) || !words[1].contains("=")) {
            throw new IllegalStateException(RESOURCE + ": '" + operation + "=" + value + "' is not of the form "
                    + "'offset|page START=FIRST SIZE[=DEFAULT]'; regenerate the client");
        }
        String[] start = words[1].split("=", 2);
        String[] size = words[2].split("=", 2);
        return new Style(
                words[0].equals("page"),
                start[0],
                Integer.parseInt(start[1]),
                size[0],
                size.length == 2 ? Integer.parseInt(size[1]) : 0);
    }
}
