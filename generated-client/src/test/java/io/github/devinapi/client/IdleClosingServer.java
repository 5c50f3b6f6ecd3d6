package io.github.devinapi.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 server that keeps connections alive, as uvicorn and Node do, and closes one once it has been idle
 * for {@code idleTimeout}: every request is answered 200 {@code {"status":"success"}}.
 */
final class IdleClosingServer implements AutoCloseable {

    private static final byte[] ANSWER = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 20\r\n\r\n{\"status\":\"success\"}")
            .getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket socket;
    private final int idleMillis;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger closedByClients = new AtomicInteger();
    private final Semaphore closed = new Semaphore(0);

    IdleClosingServer(Duration idleTimeout) {
        this.idleMillis = Math.toIntExact(idleTimeout.toMillis());
        try {
            this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.execute(this::accept);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** How many connections clients opened so far. */
    int connections() {
        return connections.get();
    }

    /** How many connections clients closed before the server found them idle. */
    int closedByClients() {
        return closedByClients.get();
    }

    /** Waits until one more connection has ended: closed by its client, or by the server for being idle. */
    void awaitClosed() throws InterruptedException {
        closed.acquire();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connections.incrementAndGet();
                threads.execute(() -> serve(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            connection.setSoTimeout(idleMillis);
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = connection.getOutputStream();
            while (readRequest(in)) {
                out.write(ANSWER);
                out.flush();
            }
            closedByClients.incrementAndGet();
        } catch (SocketTimeoutException idle) {
            // closed below, as the server's idle timeout
        } catch (IOException gone) {
            closedByClients.incrementAndGet();
        } finally {
            closed.release();
        }
    }

    /** Reads one request (headers, then a Content-Length body); false when the client closed the connection. */
    private static boolean readRequest(BufferedReader in) throws IOException {
        int contentLength = 0;
        String line = in.readLine();
        if (line == null) {
            return false;
        }
        while ((line = in.readLine()) != null && !line.isEmpty()) {
            if (line.toLowerCase().startsWith("content-length:")) {
                contentLength = Integer.parseInt(
                        line.substring("content-length:".length()).trim());
            }
        }
        return in.skip(contentLength) == contentLength;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        threads.shutdownNow();
    }
}
