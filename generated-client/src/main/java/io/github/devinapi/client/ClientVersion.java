package io.github.devinapi.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The client's version, written into a resource by the build. */
final class ClientVersion {

    private static final String RESOURCE = "devin-api-client.properties";

    private ClientVersion() {}

    static String get() {
        try (InputStream in = ClientVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** {@code devin-api-java/<version> (Java <version>)}. */
    static String userAgent() {
        return "devin-api-java/" + get() + " (Java " + System.getProperty("java.version") + ")";
    }
}
