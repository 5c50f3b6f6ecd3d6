package io.github.devinapi.client;

import java.net.InetAddress;
import java.net.UnknownHostException;
import okhttp3.HttpUrl;

/**
 * Checks and normalises the base URL. The API key may travel in clear text only to this machine, so plain
 * http is refused for any host that is not a loopback address (an IP literal in 127.0.0.0/8 or ::1, or
 * {@code localhost}; a name such as {@code 127.example.com} is not one).
 */
public final class BaseUrl {

    private BaseUrl() {}

    /** The base URL as the client uses it; throws {@link IllegalArgumentException} saying what is wrong. */
    public static HttpUrl parse(String value) {
        HttpUrl url = value == null ? null : HttpUrl.parse(value.trim());
        if (url == null) {
            throw new IllegalArgumentException(
                    "baseUrl must be an http(s) URL such as https://api.devin.ai, was \"" + value + "\"");
        }
        if (url.query() != null || url.fragment() != null) {
            throw new IllegalArgumentException("baseUrl must not have a query or fragment, was \"" + url + "\"");
        }
        if (!url.isHttps() && !isLoopback(url.host())) {
            throw new IllegalArgumentException("Refusing to send the API key over plain http to " + url.host()
                    + ": use https://, or plain http only to a loopback host (localhost, 127.0.0.1, [::1])");
        }
        // Retrofit resolves the operations' relative paths against a base that ends with '/'.
        String path = url.encodedPath();
        return path.endsWith("/")
                ? url
                : url.newBuilder().encodedPath(path + "/").build();
    }

    static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only IP literals are checked: resolving a name would trust whatever DNS answers.
        if (!host.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
