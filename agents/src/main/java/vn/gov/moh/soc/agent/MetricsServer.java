package vn.gov.moh.soc.agent;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import vn.gov.moh.soc.agent.pipeline.Input;

/** The optional {@code /metrics} endpoint in Prometheus text format. */
final class MetricsServer implements AutoCloseable {
    private final HttpServer server;
    private final Agent agent;

    MetricsServer(String listen, Agent agent) {
        this.agent = agent;
        int colon = listen.lastIndexOf(':');
        String host = listen.substring(0, colon);
        try {
            server = HttpServer.create(new InetSocketAddress(host.isEmpty() ? "0.0.0.0" : host,
                    Integer.parseInt(listen.substring(colon + 1))), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("metrics: cannot listen on " + listen + ": " + e.getMessage(), e);
        }
        server.createContext("/metrics", exchange -> {
            byte[] body = text().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    void start() {
        server.start();
    }

    String text() {
        StringBuilder b = new StringBuilder();
        metric(b, "soc_agent_input_read_total", "counter", "Records read by the input");
        for (Input in : agent.inputs()) {
            b.append("soc_agent_input_read_total{input=\"").append(in.name()).append("\"} ").append(in.counters().read()).append('\n');
        }
        metric(b, "soc_agent_input_flagged_total", "counter", "Records shipped with a flag (cut, invalid UTF-8, binary...)");
        for (Input in : agent.inputs()) {
            b.append("soc_agent_input_flagged_total{input=\"").append(in.name()).append("\"} ").append(in.counters().flagged()).append('\n');
        }
        metric(b, "soc_agent_input_lag_bytes", "gauge", "Bytes waiting in the input's files");
        for (Input in : agent.inputs()) {
            b.append("soc_agent_input_lag_bytes{input=\"").append(in.name()).append("\"} ").append(in.counters().lag()).append('\n');
        }
        metric(b, "soc_agent_spool_bytes", "gauge", "Bytes in the spool not yet confirmed by Kafka");
        b.append("soc_agent_spool_bytes ").append(agent.spool().pendingBytes()).append('\n');
        metric(b, "soc_agent_spool_full", "gauge", "1 while the spool is full and inputs wait");
        b.append("soc_agent_spool_full ").append(agent.spool().isFull() ? 1 : 0).append('\n');
        metric(b, "soc_agent_sent_total", "counter", "Records handed to the Kafka producer");
        b.append("soc_agent_sent_total ").append(agent.sender().sent()).append('\n');
        return b.toString();
    }

    private static void metric(StringBuilder b, String name, String type, String help) {
        b.append("# HELP ").append(name).append(' ').append(help).append('\n');
        b.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
