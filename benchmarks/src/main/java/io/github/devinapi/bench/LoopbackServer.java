package io.github.devinapi.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

/**
 * The server both sides of a comparison call: the JDK's HTTP server on a free loopback port that reads each
 * request to its end and answers 200 {@code {"status":"success"}}. It does as little as a server can, so that
 * the differences measured are the clients'.
 */
public final class LoopbackServer implements AutoCloseable {

    static final byte[] SUCCESS = "{\"status\":\"success\"}".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService executor;
    private final LongAdder requests = new LongAdder();
    private final LongAdder bodyBytes = new LongAdder();
    private final LongAdder chunked = new LongAdder();

    private LoopbackServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts on 127.0.0.1 and a free port, with {@code threads} handler threads. */
    public static LoopbackServer start(int threads) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "loopback-server");
                thread.setDaemon(true);
                return thread;
            });
            LoopbackServer loopback = new LoopbackServer(server, executor);
            server.createContext("/", loopback::answer);
            server.setExecutor(executor);
            server.start();
            return loopback;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the loopback server", e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Requests read to their end so far (each is then answered). */
    public long requests() {
        return requests.sum();
    }

    /** Requests so far whose body came in chunks (streamed, no Content-Length). */
    public long chunkedRequests() {
        return chunked.sum();
    }

    /** Request body bytes read so far (after any chunked decoding). */
    public long bodyBytes() {
        return bodyBytes.sum();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange;
                InputStream body = exchange.getRequestBody()) {
            if ("chunked".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Transfer-Encoding"))) {
                chunked.increment();
            }
            bodyBytes.add(body.transferTo(OutputStream.nullOutputStream()));
            // Counted before answering: a client that has its answer finds its request counted.
            requests.increment();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, SUCCESS.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(SUCCESS);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
