package io.github.devinapi.contract.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in tenant with state: one organization's members and groups, which the membership operations
 * really change. For checking that what the live target writes, it puts back.
 */
final class MembershipTenant implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH =
            Pattern.compile("/v2/enterprise/organizations/([^/]+)/(members|groups)(?:/([^/?]+))?");

    final Map<String, String> members = new TreeMap<>();
    final Map<String, String> groups = new TreeMap<>();
    private final String org;
    private final HttpServer server;

    MembershipTenant(String org) {
        this.org = org;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
        if (!path.matches() || !path.group(1).equals(org)) {
            send(exchange, 404, "{\"detail\":\"Not Found\"}");
            return;
        }
        Map<String, String> state = path.group(2).equals("members") ? members : groups;
        String method = exchange.getRequestMethod();
        JsonNode body = method.equals("POST") ? JSON.readTree(exchange.getRequestBody()) : null;
        if (method.equals("GET")) {
            send(exchange, 200, page(path.group(2), state).toString());
        } else if (method.equals("DELETE") && path.group(3) != null) {
            state.remove(path.group(3));
            send(exchange, 200, "{\"status\":\"success\"}");
        } else if (method.equals("POST") && path.group(2).equals("members")) {
            body.path("user_ids")
                    .forEach(user ->
                            members.put(user.asText(), body.path("org_role").asText("member")));
            send(exchange, 200, "{\"status\":\"success\"}");
        } else if (method.equals("POST")) {
            groups.put(body.path("group_name").asText(), body.path("role").asText());
            send(exchange, 200, "{\"status\":\"success\"}");
        } else {
            send(exchange, 405, "{\"detail\":\"Method Not Allowed\"}");
        }
    }

    private ObjectNode page(String kind, Map<String, String> state) {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode items = page.putArray("items");
        state.forEach((id, role) -> {
            ObjectNode item = items.addObject();
            if (kind.equals("members")) {
                item.put("user_id", id)
                        .put("org_role", role)
                        .put("org_id", org)
                        .put("email", id + "@example.com")
                        .put("name", id)
                        .put("org_name", org);
            } else {
                item.put("group_name", id).put("role", role).put("org_id", org);
            }
        });
        return page.put("total", state.size()).put("skip", 0).put("limit", 100).put("has_more", false);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
