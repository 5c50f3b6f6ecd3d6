package io.github.devinapi.contract.live;

import io.github.devinapi.client.BaseUrl;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The live target's settings: the tenant and its test ids from the environment (names fixed, see the
 * README, "Against a real tenant"), the run's limits from system properties the build sets. Read once
 * and checked whole: a missing or malformed value stops the run before any request, naming the
 * variable and the command to run. {@link #toString()} never shows the key.
 *
 * @param baseUrl without a trailing slash
 * @param userIds empty when no scenario may write
 * @param groupName a test group ({@code DEVIN_TEST_GROUP}) the group lifecycle may attach to the test org, or null
 * @param optIns the {@code DEVIN_LIVE_*} switches set to true besides writes, e.g. {@code DEVIN_LIVE_CREATE_ORGANIZATIONS}
 * @param maxRequests the most requests (retries included) the run may send
 * @param timeout how long one request may wait for its answer
 */
public record LiveConfiguration(
        String baseUrl,
        String apiKey,
        String orgId,
        List<String> userIds,
        String groupName,
        boolean allowWrites,
        Set<String> optIns,
        int maxRequests,
        Duration timeout) {

    public static final String BASE_URL = "DEVIN_API_BASE_URL";
    public static final String API_KEY = "DEVIN_API_KEY";
    public static final String ORG_ID = "DEVIN_TEST_ORG_ID";
    public static final String USER_IDS = "DEVIN_TEST_USER_IDS";
    public static final String ALLOW_WRITES = "DEVIN_LIVE_ALLOW_WRITES";
    public static final String GROUP = "DEVIN_TEST_GROUP";
    /** The prefix of every live switch; each opt-in is one, set to true. */
    public static final String SWITCH_PREFIX = "DEVIN_LIVE_";

    public static final String DEFAULT_BASE_URL = "https://api.devin.ai";

    public static final String MAX_REQUESTS_PROPERTY = "contract.live.maxRequests";
    public static final String TIMEOUT_PROPERTY = "contract.live.timeoutSeconds";
    static final int DEFAULT_MAX_REQUESTS = 300;
    static final int DEFAULT_TIMEOUT_SECONDS = 30;

    static final String COMMAND = "Run, for example:\n"
            + "  DEVIN_API_KEY=<enterprise admin key> DEVIN_TEST_ORG_ID=<test org id> ./mvnw verify -Plive\n"
            + "and to run the scenarios that write as well, add DEVIN_LIVE_ALLOW_WRITES=true "
            + "DEVIN_TEST_USER_IDS=<test user id>,<test user id>. See README.md, \"Against a real tenant\".";

    public LiveConfiguration {
        userIds = List.copyOf(userIds);
        optIns = Set.copyOf(optIns);
    }

    /** No test group and no opt-ins beyond writes. */
    public LiveConfiguration(
            String baseUrl,
            String apiKey,
            String orgId,
            List<String> userIds,
            boolean allowWrites,
            int maxRequests,
            Duration timeout) {
        this(baseUrl, apiKey, orgId, userIds, null, allowWrites, Set.of(), maxRequests, timeout);
    }

    /** The configuration of this JVM: its environment and system properties. */
    public static LiveConfiguration fromEnvironment() {
        return from(System::getenv, System::getProperty, System.getenv().keySet());
    }

    public static LiveConfiguration from(Function<String, String> environment, Function<String, String> properties) {
        return from(environment, properties, Set.of());
    }

    /** @param variables the names of the environment's variables, where the opt-in switches are looked for */
    public static LiveConfiguration from(
            Function<String, String> environment, Function<String, String> properties, Set<String> variables) {
        String apiKey = required(environment, API_KEY, "the personal API key (apk_user_...) of an enterprise admin");
        if (!apiKey.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw invalid(API_KEY + " contains spaces, line breaks or non-ASCII characters: check how it was copied "
                    + "(the key itself is not shown)");
        }
        String orgId = required(environment, ORG_ID, "the organization the live scenarios address");
        boolean allowWrites = flag(ALLOW_WRITES, environment.apply(ALLOW_WRITES));
        List<String> userIds = list(environment.apply(USER_IDS));
        if (allowWrites && userIds.isEmpty()) {
            throw invalid(USER_IDS + " is not set, but " + ALLOW_WRITES + "=true: the scenarios that write add only "
                    + "these users (comma-separated ids of test users) to " + ORG_ID + ".\n" + COMMAND);
        }
        Set<String> optIns = new TreeSet<>();
        for (String variable : variables) {
            if (variable.startsWith(SWITCH_PREFIX)
                    && !variable.equals(ALLOW_WRITES)
                    && flag(variable, environment.apply(variable))) {
                optIns.add(variable);
            }
        }
        String group = trimmed(environment.apply(GROUP));
        return new LiveConfiguration(
                baseUrl(environment.apply(BASE_URL)),
                apiKey,
                orgId,
                userIds,
                group.isEmpty() ? null : group,
                allowWrites,
                optIns,
                positive(properties, MAX_REQUESTS_PROPERTY, DEFAULT_MAX_REQUESTS),
                Duration.ofSeconds(positive(properties, TIMEOUT_PROPERTY, DEFAULT_TIMEOUT_SECONDS)));
    }

    /** Whether {@code id} is one of the configured test ids, the only ids a write may carry. */
    public boolean isTestId(String id) {
        return orgId.equals(id) || userIds.contains(id) || id.equals(groupName);
    }

    /** Whether the switch {@code variable} ({@code DEVIN_LIVE_...}) is on; a switch is on only with writes. */
    public boolean optedIn(String variable) {
        return allowWrites && optIns.contains(variable);
    }

    @Override
    public String toString() {
        return "LiveConfiguration{baseUrl=" + baseUrl + ", apiKey=<redacted>, orgId=" + orgId + ", userIds=" + userIds
                + ", group=" + groupName + ", allowWrites=" + allowWrites + ", optIns=" + optIns + ", maxRequests="
                + maxRequests
                + ", timeout=" + timeout + "}";
    }

    private static String required(Function<String, String> environment, String variable, String what) {
        String value = trimmed(environment.apply(variable));
        if (value.isEmpty()) {
            throw invalid(variable + " is not set: the live profile needs " + what + ".\n" + COMMAND);
        }
        return value;
    }

    private static boolean flag(String variable, String value) {
        String text = trimmed(value).toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw invalid(variable + " must be true or false (unset means false), was \"" + value + "\"");
    }

    private static List<String> list(String value) {
        return Arrays.stream(trimmed(value).split(","))
                .map(String::trim)
                .filter(id -> !id.isEmpty())
                .distinct()
                .toList();
    }

    /** https, or plain http only to this machine: the key must not cross a network in clear text. */
    private static String baseUrl(String value) {
        String text = trimmed(value);
        if (text.isEmpty()) {
            return DEFAULT_BASE_URL;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw invalid(BASE_URL + " is not a URL: \"" + text + "\" (expected e.g. " + DEFAULT_BASE_URL + ")");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid(BASE_URL + " must not hold credentials (user:password@): the key goes in " + API_KEY);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null
                || !(scheme.equals("https") || scheme.equals("http"))
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw invalid(BASE_URL + " must be an http(s) URL without query, such as " + DEFAULT_BASE_URL + ", was \""
                    + text + "\"");
        }
        try {
            BaseUrl.parse(text); // the client's own rule: plain http only to a loopback address
        } catch (IllegalArgumentException e) {
            throw invalid(BASE_URL + ": " + e.getMessage());
        }
        return text.replaceAll("/+$", "");
    }

    private static int positive(Function<String, String> properties, String property, int fallback) {
        String value = trimmed(properties.apply(property));
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw invalid("-D" + property + " must be a positive whole number, was \"" + value + "\"");
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }

    private static IllegalStateException invalid(String message) {
        return new IllegalStateException("Live configuration: " + message);
    }
}
