package io.github.devinapi.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The operations that may be retried although their HTTP method is not idempotent. Kept as data in
 * {@value #RESOURCE} so that a new spec's operations are listed, not coded.
 */
final class SafeToRetryList {

    static final String RESOURCE = "safe-to-retry-operations.txt";
    private static final Pattern OPERATION = Pattern.compile("(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) /\\S*");

    private SafeToRetryList() {}

    /** The operations listed in the resource shipped with the client. */
    static Set<String> defaults() {
        try (InputStream in = SafeToRetryList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the client jar");
            }
            Set<String> operations = new LinkedHashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                int comment = line.indexOf('#');
                String operation = (comment < 0 ? line : line.substring(0, comment)).trim();
                if (!operation.isEmpty()) {
                    operations.add(checked(operation, RESOURCE + " line " + number));
                }
            }
            return Set.copyOf(operations);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The given operations, each checked to have the form {@code "METHOD /path"}. */
    static Set<String> of(Collection<String> operations) {
        Set<String> checked = new LinkedHashSet<>();
        for (String operation : operations) {
            checked.add(checked(operation, "safe-to-retry operation"));
        }
        return Set.copyOf(checked);
    }

    private static String checked(String operation, String where) {
        if (operation == null || !OPERATION.matcher(operation).matches()) {
            throw new IllegalArgumentException(where + ": expected \"METHOD /path\" such as "
                    + "\"POST /v2/enterprise/organizations/{org_id}/members\", got \"" + operation + "\"");
        }
        return operation;
    }
}
