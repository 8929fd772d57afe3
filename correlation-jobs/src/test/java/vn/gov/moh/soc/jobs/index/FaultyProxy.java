package vn.gov.moh.soc.jobs.index;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP proxy in front of the real Elasticsearch that stands for an unavailable or overloaded
 * cluster: it listens only once {@link #start} is called (before that, connections are refused),
 * then answers the first {@code failures} bulk requests with 503 and forwards everything else,
 * each bulk after {@code delay} (a slow cluster).
 */
final class FaultyProxy implements AutoCloseable {
    private final URI target;
    private final int port;
    private final AtomicInteger failuresLeft;
    final AtomicInteger failedBulks = new AtomicInteger();
    final AtomicInteger forwardedBulks = new AtomicInteger();
    /** The most bulk requests the proxy held at once. */
    final AtomicInteger mostConcurrentBulks = new AtomicInteger();
    private final AtomicInteger concurrentBulks = new AtomicInteger();
    private volatile long delayMillis;
    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer server;

    FaultyProxy(String elasticsearchUrl, int failures) throws IOException {
        this.target = URI.create(elasticsearchUrl);
        this.failuresLeft = new AtomicInteger(failures);
        try (ServerSocket s = new ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
    }

    FaultyProxy slow(long millis) {
        this.delayMillis = millis;
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean bulk = exchange.getRequestURI().getPath().endsWith("/_bulk");
            if (bulk && failuresLeft.getAndDecrement() > 0) {
                failedBulks.incrementAndGet();
                byte[] error = "{\"error\":{\"type\":\"unavailable\",\"reason\":\"proxy says no\"},\"status\":503}"
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
                exchange.sendResponseHeaders(503, error.length);
                exchange.getResponseBody().write(error);
                return;
            }
            if (bulk) {
                forwardedBulks.incrementAndGet();
                mostConcurrentBulks.accumulateAndGet(concurrentBulks.incrementAndGet(), Math::max);
            }
            try {
                forward(exchange, body);
            } finally {
                if (bulk) {
                    concurrentBulks.decrementAndGet();
                }
            }
        }
    }

    private void forward(HttpExchange exchange, byte[] body) throws IOException {
        if (delayMillis > 0 && exchange.getRequestURI().getPath().endsWith("/_bulk")) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                .method(exchange.getRequestMethod(), body.length == 0
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String h : List.of("Content-Type", "Accept")) {
            String v = exchange.getRequestHeaders().getFirst(h);
            if (v != null) {
                request.header(h, v);
            }
        }
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        response.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("transfer-encoding")
                    && !name.startsWith(":")) {
                values.forEach(v -> exchange.getResponseHeaders().add(name, v));
            }
        });
        byte[] answer = response.body();
        exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
