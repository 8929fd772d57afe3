package vn.gov.moh.soc.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.moh.soc.agent.config.AgentConfig;
import vn.gov.moh.soc.core.envelope.Envelope;
import vn.gov.moh.soc.core.envelope.EnvelopeJson;
import vn.gov.moh.soc.core.envelope.Flag;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.testkit.KafkaBroker;
import vn.gov.moh.soc.testkit.KafkaEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * The agent against the test kit's real Kafka broker. Every test counts the lines written and the
 * records in {@code soc.raw}, by envelope id: each line must be there exactly once.
 */
@RealStack
class AgentKafkaIT {
    @TempDir
    Path dir;

    /** Each test's own agent id: the tests of this class share the topic, and count only their own records. */
    private final String agentId = "it-" + Long.toHexString(System.nanoTime());

    private AgentConfig config(KafkaEndpoint kafka, Namespace ns, String spoolMax, String extraInputs) throws IOException {
        return config(kafka, ns, spoolMax, extraInputs, "");
    }

    private AgentConfig config(KafkaEndpoint kafka, Namespace ns, String spoolMax, String extraInputs, String metrics)
            throws IOException {
        Path file = dir.resolve("agent-" + UUID.randomUUID() + ".yml");
        Files.writeString(file, """
                agent:
                  id: %s
                  unit: bv-bach-mai
                  host: his-app-01
                  state_dir: %s
                kafka:
                  bootstrap_servers: %s
                  topic: %s
                  heartbeat_topic: %s
                  delivery_timeout: 10m
                spool:
                  max_bytes: %s
                  segment_bytes: 256KiB
                heartbeat:
                  interval: 1s
                checkpoint:
                  interval: 200ms
                %s
                inputs:
                  - name: app
                    type: file
                    paths: [%s]
                    start_at: beginning
                    scan_interval: 200ms
                %s""".formatted(agentId, dir.resolve("state"), kafka.bootstrapServers(), ns.topic(Topic.RAW),
                ns.topic(Topic.AGENT_HEARTBEAT), spoolMax, metrics, dir.resolve("logs/*.log"), extraInputs));
        return AgentConfig.load(file);
    }

    private static void append(Path file, int from, int to) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append("Nov 21 10:00:00 his-app-01 app[1]: line ").append(i).append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, b, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The envelopes in the topic by id, reading until {@code expected} distinct ones are there (or a minute passes). */
    private Map<String, List<Envelope>> read(KafkaEndpoint kafka, String topic, int expected) {
        Map<String, List<Envelope>> byId = new HashMap<>();
        var props = kafka.consumerProperties("it-" + UUID.randomUUID());
        props.put("key.deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer");
        props.put("value.deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer");
        props.put("max.partition.fetch.bytes", Integer.toString(16 * 1024 * 1024));
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            long quietUntil = 0;
            while (System.nanoTime() < deadline) {
                boolean got = false;
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(300))) {
                    Envelope e = EnvelopeJson.read(r.value());
                    if (!e.agentId().equals(agentId)) {
                        continue;
                    }
                    assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo(e.host());
                    byId.computeIfAbsent(e.id(), k -> new ArrayList<>()).add(e);
                    got = true;
                }
                if (byId.size() >= expected) {
                    // Keep reading briefly: a duplicate arriving late must be seen.
                    if (quietUntil == 0) {
                        quietUntil = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                    } else if (!got && System.nanoTime() > quietUntil) {
                        break;
                    }
                }
            }
        }
        return byId;
    }

    /** This agent's heartbeats in the topic. */
    private List<String> heartbeats(KafkaEndpoint kafka, String topic) {
        List<String> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(kafka.consumerProperties("hb-" + UUID.randomUUID()))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (out.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> {
                    if (agentId.equals(r.key())) {
                        out.add(r.value());
                    }
                });
            }
        }
        return out;
    }

    private static void assertExactlyOnce(Map<String, List<Envelope>> byId, int lines) {
        assertThat(byId.size()).as("distinct records").isEqualTo(lines);
        assertThat(byId.values().stream().filter(l -> l.size() > 1).count()).as("duplicated records").isZero();
    }

    @Test
    void everyLineOfAFileArrivesOnceWithOddLinesFlagged(KafkaEndpoint kafka, Namespace ns) throws Exception {
        Path log = dir.resolve("logs/app.log");
        append(log, 0, 2000);
        Files.write(log, ("x".repeat(5 * 1024 * 1024) + "\n").getBytes(StandardCharsets.US_ASCII), StandardOpenOption.APPEND);
        Files.write(log, new byte[] {'b', (byte) 0xFF, 'd', '\n', 0, 0, 7, 1, '\n'}, StandardOpenOption.APPEND);
        int metricsPort = freePort();
        try (Agent agent = new Agent(config(kafka, ns, "64MiB", "", "metrics: {listen: \"127.0.0.1:" + metricsPort + "\"}"))) {
            agent.start();
            Map<String, List<Envelope>> byId = read(kafka, ns.topic(Topic.RAW), 2003);
            assertExactlyOnce(byId, 2003);
            List<Envelope> flagged = byId.values().stream().map(l -> l.get(0)).filter(e -> !e.flags().isEmpty()).toList();
            assertThat(flagged).extracting(e -> e.flags().iterator().next())
                    .containsExactlyInAnyOrder(Flag.TRUNCATED, Flag.INVALID_UTF8, Flag.BINARY);
            assertThat(flagged.stream().filter(e -> e.has(Flag.TRUNCATED)).findFirst().orElseThrow().originalBytes())
                    .isEqualTo(5 * 1024 * 1024);
            assertThat(agent.inputs().get(0).counters().read()).isEqualTo(2003);
            assertThat(agent.inputs().get(0).counters().flagged()).isEqualTo(3);
            assertThat(agent.heartbeat().document()).contains("\"id\":\"" + agentId + "\"", "\"unit\":\"bv-bach-mai\"", "\"read\":2003");
            String metrics = new String(java.net.URI.create("http://127.0.0.1:" + metricsPort + "/metrics").toURL()
                    .openStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(metrics).contains("soc_agent_input_read_total{input=\"app\"} 2003",
                    "soc_agent_input_flagged_total{input=\"app\"} 3", "soc_agent_spool_full 0");
            assertThat(heartbeats(kafka, ns.topic(Topic.AGENT_HEARTBEAT))).as("heartbeats in Kafka").isNotEmpty()
                    .allMatch(h -> h.contains("\"unit\":\"bv-bach-mai\"") && h.contains("\"lag_bytes\""));
        }
    }

    @Test
    void rotationByRenameAndByCopyTruncateLosesNothingAndDuplicatesNothing(KafkaEndpoint kafka, Namespace ns)
            throws Exception {
        Path log = dir.resolve("logs/app.log");
        append(log, 0, 5000);
        try (Agent agent = new Agent(config(kafka, ns, "64MiB", ""))) {
            agent.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> agent.inputs().get(0).counters().read() > 0);
            Files.move(log, dir.resolve("logs/app.log.1")); // logrotate's default: rename, new file
            append(dir.resolve("logs/app.log.1"), 5000, 5500); // the application still writes to the old file
            append(log, 5500, 8000);
            await().atMost(Duration.ofSeconds(30)).until(() -> agent.inputs().get(0).counters().read() == 8000);
            Files.copy(log, dir.resolve("logs/app.log.2.gz")); // copytruncate (the copy, compressed, is never read)
            Files.write(log, new byte[0], StandardOpenOption.TRUNCATE_EXISTING);
            Thread.sleep(500);
            append(log, 8000, 9000);
            assertExactlyOnce(read(kafka, ns.topic(Topic.RAW), 9000), 9000);
        }
    }

    @Test
    void syslogOverUdpTcpAndTlsArrivesOncePerMessage(KafkaEndpoint kafka, Namespace ns) throws Exception {
        int udpPort = freePort();
        int tcpPort = freePort();
        int tlsPort = freePort();
        Path keystore = vn.gov.moh.soc.agent.syslog.TestKeys.keyPair(dir, "server.p12", "localhost");
        String inputs = """
                  - {name: syslog-udp, type: syslog, transport: udp, listen: "127.0.0.1:%d"}
                  - {name: syslog-tcp, type: syslog, transport: tcp, listen: "127.0.0.1:%d"}
                  - name: syslog-tls
                    type: syslog
                    transport: tls
                    listen: "127.0.0.1:%d"
                    tls: {keystore: "%s", keystore_password: %s}
                """.formatted(udpPort, tcpPort, tlsPort, keystore, vn.gov.moh.soc.agent.syslog.TestKeys.PASSWORD);
        try (Agent agent = new Agent(config(kafka, ns, "64MiB", inputs))) {
            agent.start();
            try (java.net.DatagramSocket udp = new java.net.DatagramSocket();
                    java.net.Socket tcp = new java.net.Socket("127.0.0.1", tcpPort)) {
                var address = new java.net.InetSocketAddress("127.0.0.1", udpPort);
                var stream = tcp.getOutputStream();
                for (int i = 0; i < 500; i++) {
                    byte[] m = ("<38>Nov 21 10:00:00 his-db-01 sshd[9]: Failed password for root from 203.0.113.9 port "
                            + i + " ssh2").getBytes(StandardCharsets.UTF_8);
                    udp.send(new java.net.DatagramPacket(m, m.length, address));
                    String framed = "<86>1 2026-11-21T10:00:00Z his-web-02 nginx - - - request " + i;
                    stream.write((framed.length() + " " + framed).getBytes(StandardCharsets.UTF_8));
                    if (i % 50 == 0) {
                        Thread.sleep(5); // UDP has no flow control: do not outrun the receive buffer
                    }
                }
                stream.flush();
            }
            javax.net.ssl.SSLContext tls = vn.gov.moh.soc.agent.syslog.TestKeys.clientContext(keystore, null);
            try (java.net.Socket socket = tls.getSocketFactory().createSocket("localhost", tlsPort)) {
                var stream = socket.getOutputStream();
                for (int i = 0; i < 200; i++) {
                    stream.write(("<86>1 2026-11-21T10:00:00Z his-vpn-01 openvpn - - - tls session " + i + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
                stream.flush();
            }
            Map<String, List<Envelope>> byId = read(kafka, ns.topic(Topic.RAW), 1200);
            assertExactlyOnce(byId, 1200);
            assertThat(byId.values().stream().map(l -> l.get(0)).filter(e -> e.input().equals("syslog-tls")))
                    .hasSize(200).allMatch(e -> e.host().equals("his-vpn-01") && e.source().startsWith("tls://"));
            assertThat(byId.values().stream().map(l -> l.get(0)).filter(e -> e.input().equals("syslog-udp")))
                    .hasSize(500).allMatch(e -> e.host().equals("his-db-01") && e.format().equals("syslog"));
            assertThat(byId.values().stream().map(l -> l.get(0)).filter(e -> e.input().equals("syslog-tcp")))
                    .hasSize(500).allMatch(e -> e.host().equals("his-web-02") && e.flags().isEmpty());
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void restartMidFileLosesNothingAndDuplicatesNothing(KafkaEndpoint kafka, Namespace ns) throws Exception {
        Path log = dir.resolve("logs/app.log");
        append(log, 0, 20_000);
        try (Agent agent = new Agent(config(kafka, ns, "64MiB", ""))) {
            agent.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> agent.inputs().get(0).counters().read() > 0);
        } // stopped while (most likely) in the middle of the file
        append(log, 20_000, 30_000);
        try (Agent agent = new Agent(config(kafka, ns, "64MiB", ""))) {
            agent.start();
            assertExactlyOnce(read(kafka, ns.topic(Topic.RAW), 30_000), 30_000);
        }
    }

    @Test
    void brokerAwayForThirtySecondsThenEveryLineOnce(KafkaEndpoint kafka, KafkaBroker broker, Namespace ns) throws Exception {
        Path log = dir.resolve("logs/app.log");
        append(log, 0, 1000);
        try (Agent agent = new Agent(config(kafka, ns, "64MiB", ""))) {
            agent.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> agent.spool().pendingBytes() == 0
                    && agent.inputs().get(0).counters().read() == 1000);
            broker.stop();
            try {
                for (int second = 0; second < 30; second++) {
                    append(log, 1000 + second * 100, 1100 + second * 100);
                    Thread.sleep(1000);
                }
                assertThat(agent.spool().pendingBytes()).as("lines wait in the spool while the broker is away").isPositive();
            } finally {
                broker.start();
            }
            assertExactlyOnce(read(kafka, ns.topic(Topic.RAW), 4000), 4000);
        }
    }

    @Test
    void fullSpoolStopsReadingAndLosesNothing(KafkaEndpoint kafka, KafkaBroker broker, Namespace ns) throws Exception {
        Path log = dir.resolve("logs/app.log");
        try (Agent agent = new Agent(config(kafka, ns, "1MiB", ""))) {
            agent.start();
            broker.stop();
            try {
                append(log, 0, 40_000); // about 2.4 MB of envelopes: more than the spool holds
                await().atMost(Duration.ofSeconds(30)).until(() -> agent.spool().isFull());
                assertThat(agent.inputs().get(0).counters().read()).as("reading stopped").isLessThan(40_000);
                await().atMost(Duration.ofSeconds(10)).until(() -> agent.inputs().get(0).counters().lag() > 0);
                assertThat(agent.heartbeat().document()).contains("\"full\":true");
            } finally {
                broker.start();
            }
            assertExactlyOnce(read(kafka, ns.topic(Topic.RAW), 40_000), 40_000);
            assertThat(agent.spool().isFull()).isFalse();
        }
    }

    @Test
    void aStopWhileTheBrokerIsAwayIsPromptAndTheNextStartSendsEveryLineOnce(KafkaEndpoint kafka, KafkaBroker broker,
            Namespace ns) throws Exception {
        Path log = dir.resolve("logs/app.log");
        append(log, 0, 1000);
        Agent agent = new Agent(config(kafka, ns, "1MiB", ""));
        agent.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> agent.spool().pendingBytes() == 0
                && agent.inputs().get(0).counters().read() == 1000);
        broker.stop();
        try {
            // More than the spool holds: records in flight, the spool full, the input waiting for room.
            append(log, 1000, 40_000);
            await().atMost(Duration.ofSeconds(30)).until(() -> agent.spool().isFull());
            long stop = System.nanoTime();
            agent.close();
            assertThat(Duration.ofNanos(System.nanoTime() - stop)).as("time to stop").isLessThan(Duration.ofSeconds(8));
            assertThat(agent.spool().pendingBytes()).as("what waits in the spool").isPositive();
        } finally {
            broker.start();
        }
        try (Agent again = new Agent(config(kafka, ns, "1MiB", ""))) {
            again.start();
            assertExactlyOnce(read(kafka, ns.topic(Topic.RAW), 40_000), 40_000);
        }
    }
}
