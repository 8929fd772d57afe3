package vn.gov.moh.soc.agent.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.moh.soc.core.event.DrillMark;

/**
 * Everything the agent is told by its YAML file (see {@code soc-agent.example.yml}, where every
 * setting is described).
 */
public record AgentConfig(Agent agent, Kafka kafka, SpoolSettings spool, Duration heartbeatInterval,
        Duration checkpointInterval, String metricsListen, List<InputSettings> inputs) {

    /** Who the agent is. */
    public record Agent(String id, String unit, String host, Path stateDir) {
    }

    /** Where and how to send. */
    public record Kafka(String bootstrapServers, String topic, String heartbeatTopic, Compression compression,
            Duration linger, long batchBytes, Duration deliveryTimeout, Map<String, String> security,
            Map<String, String> extra) {
    }

    public enum Compression { LZ4, ZSTD, GZIP, SNAPPY, NONE }

    public record SpoolSettings(long maxBytes, long segmentBytes) {
    }

    /** One input; {@code unit} and {@code host} override the agent's for its records. */
    public sealed interface InputSettings permits FileInput, SyslogInput, StdinInput {
        String name();

        String unit();

        String host();
    }

    public enum StartAt { BEGINNING, END }

    /** Lines joined into one record: a new record begins at a line matching {@code start}, or continues while lines match {@code continuation}. */
    public record Multiline(String start, String continuation, int maxLines, Duration timeout) {
    }

    public record FileInput(String name, String unit, String host, List<String> paths, List<String> exclude,
            String format, StartAt startAt, int maxLineBytes, Duration scanInterval, Multiline multiline)
            implements InputSettings {
    }

    public enum Transport { UDP, TCP, TLS }

    public record SyslogInput(String name, String unit, String host, Transport transport, String listenHost,
            int port, int maxMessageBytes, int maxConnections, String keystore, String keystorePassword,
            String truststore, String truststorePassword) implements InputSettings {
    }

    /** {@code drill}: the id of the drill whose synthetic telemetry the pipe carries, null for real logs. */
    public record StdinInput(String name, String unit, String host, String format, int maxLineBytes, String drill)
            implements InputSettings {
    }

    static final String NAME = "[a-z0-9][a-z0-9._-]{0,63}";
    static final String FORMATS = "auto|syslog|access-log|jsonl|evtx-json|text";
    private static final int MiB = 1024 * 1024;

    /** Reads and validates a configuration file. */
    public static AgentConfig load(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read as YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        try {
            return parse(root, file.toAbsolutePath().getParent());
        } catch (ConfigException e) {
            throw new ConfigException(file + ": " + e.getMessage(), e);
        }
    }

    static AgentConfig parse(JsonNode root, Path baseDir) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ConfigException("the file is empty");
        }
        Section top = new Section(root, "");
        Section a = top.section("agent");
        Agent agent = new Agent(a.matching("id", null, NAME, "an agent id (lower-case letters, digits, . _ -)"),
                a.matching("unit", null, NAME, "a unit code (lower-case letters, digits, . _ -)"),
                a.string("host", localHost()),
                baseDir.resolve(a.string("state_dir", "/var/lib/soc-agent")).normalize());
        if (agent.id() == null) {
            throw new ConfigException("agent.id: is required");
        }
        if (agent.unit() == null) {
            throw new ConfigException("agent.unit: is required");
        }
        a.done();

        Section k = top.section("kafka");
        Section sec = k.section("security");
        Map<String, String> security = new java.util.LinkedHashMap<>();
        String protocol = sec.matching("protocol", "PLAINTEXT", "PLAINTEXT|SSL|SASL_SSL|SASL_PLAINTEXT",
                "a security protocol (PLAINTEXT, SSL, SASL_SSL, SASL_PLAINTEXT)");
        security.put("security.protocol", protocol);
        putIf(security, "ssl.truststore.location", sec.string("truststore", null), baseDir);
        putIf(security, "ssl.truststore.password", sec.string("truststore_password", null), null);
        putIf(security, "ssl.keystore.location", sec.string("keystore", null), baseDir);
        putIf(security, "ssl.keystore.password", sec.string("keystore_password", null), null);
        String mechanism = sec.matching("sasl_mechanism", "SCRAM-SHA-512", "SCRAM-SHA-256|SCRAM-SHA-512|PLAIN",
                "a SASL mechanism (SCRAM-SHA-256, SCRAM-SHA-512, PLAIN)");
        String user = sec.string("username", null);
        String password = sec.string("password", null);
        if (protocol.startsWith("SASL")) {
            if (user == null || password == null) {
                throw new ConfigException("kafka.security: " + protocol + " needs username and password");
            }
            security.put("sasl.mechanism", mechanism);
            String module = mechanism.equals("PLAIN") ? "org.apache.kafka.common.security.plain.PlainLoginModule"
                    : "org.apache.kafka.common.security.scram.ScramLoginModule";
            security.put("sasl.jaas.config", module + " required username=\"" + jaasEscape(user)
                    + "\" password=\"" + jaasEscape(password) + "\";");
        }
        sec.done();
        Kafka kafka = new Kafka(k.required("bootstrap_servers"),
                k.string("topic", "soc.raw"), k.string("heartbeat_topic", "soc.agent.heartbeat"),
                k.choice("compression", Compression.LZ4, Compression.class),
                k.duration("linger", Duration.ofMillis(20), Duration.ZERO, Duration.ofSeconds(10)),
                k.size("batch_bytes", 256 * 1024, 1024, 16L * MiB),
                k.duration("delivery_timeout", Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofDays(1)),
                Map.copyOf(security), Map.copyOf(k.pairs("properties")));
        k.done();

        Section s = top.section("spool");
        SpoolSettings spool = new SpoolSettings(s.size("max_bytes", 1024L * MiB, MiB, 1L << 40),
                s.size("segment_bytes", 64L * MiB, 64 * 1024, 1024L * MiB));
        s.done();

        Section hb = top.section("heartbeat");
        Duration heartbeat = hb.duration("interval", Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofHours(1));
        hb.done();
        Section cp = top.section("checkpoint");
        Duration checkpoint = cp.duration("interval", Duration.ofSeconds(1), Duration.ofMillis(100), Duration.ofMinutes(1));
        cp.done();
        Section m = top.section("metrics");
        String metrics = m.matching("listen", null, "[^\\s:]*:\\d{1,5}", "host:port");
        m.done();

        List<InputSettings> inputs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Section in : top.sections("inputs")) {
            InputSettings input = input(in, agent, baseDir);
            if (!names.add(input.name())) {
                throw new ConfigException(in.path("name") + ": '" + input.name() + "' names two inputs");
            }
            inputs.add(input);
        }
        if (inputs.isEmpty()) {
            throw new ConfigException("inputs: at least one input is required");
        }
        top.done();
        return new AgentConfig(agent, kafka, spool, heartbeat, checkpoint, metrics, List.copyOf(inputs));
    }

    private static InputSettings input(Section in, Agent agent, Path baseDir) {
        String name = in.matching("name", null, NAME, "an input name (lower-case letters, digits, . _ -)");
        if (name == null) {
            throw new ConfigException(in.path("name") + ": is required");
        }
        String type = in.matching("type", null, "file|syslog|stdin", "an input type (file, syslog, stdin)");
        if (type == null) {
            throw new ConfigException(in.path("type") + ": is required (file, syslog or stdin)");
        }
        String unit = in.matching("unit", agent.unit(), NAME, "a unit code");
        String host = in.string("host", agent.host());
        InputSettings out = switch (type) {
            case "file" -> {
                Section ml = in.section("multiline");
                Multiline multiline = null;
                if (in.has("multiline")) {
                    String start = ml.string("start", null);
                    String cont = ml.string("continue", null);
                    int maxLines = ml.integer("max_lines", 500, 2, 100_000);
                    Duration timeout = ml.duration("timeout", Duration.ofSeconds(2), Duration.ofMillis(100), Duration.ofMinutes(10));
                    ml.done();
                    if ((start == null) == (cont == null)) {
                        throw new ConfigException(ml.path("start") + ": give exactly one of start and continue");
                    }
                    checkRegex(ml.path(start != null ? "start" : "continue"), start != null ? start : cont);
                    multiline = new Multiline(start, cont, maxLines, timeout);
                }
                List<String> paths = in.strings("paths", true).stream()
                        .map(p -> baseDir.resolve(p).normalize().toString()).toList();
                yield new FileInput(name, unit, host, paths, in.strings("exclude", false),
                        in.matching("format", "auto", FORMATS, "a format (" + FORMATS.replace('|', ',') + ")"),
                        in.choice("start_at", StartAt.END, StartAt.class),
                        (int) in.size("max_line_bytes", MiB, 1024, 2L * MiB),
                        in.duration("scan_interval", Duration.ofSeconds(1), Duration.ofMillis(50), Duration.ofMinutes(5)),
                        multiline);
            }
            case "syslog" -> {
                Transport transport = in.choice("transport", Transport.UDP, Transport.class);
                String listen = in.matching("listen", transport == Transport.TLS ? "0.0.0.0:6514" : "0.0.0.0:514",
                        "[^\\s]*:\\d{1,5}", "host:port");
                int colon = listen.lastIndexOf(':');
                int port = Integer.parseInt(listen.substring(colon + 1));
                if (port > 65535) {
                    throw new ConfigException(in.path("listen") + ": port " + port + " is above 65535");
                }
                Section tls = in.section("tls");
                String keystore = tls.string("keystore", null);
                if (transport == Transport.TLS && keystore == null) {
                    throw new ConfigException(tls.path("keystore") + ": is required for transport tls");
                }
                SyslogInput s = new SyslogInput(name, unit, host, transport, listen.substring(0, colon), port,
                        (int) in.size("max_message_bytes", MiB, 480, 64L * MiB),
                        in.integer("max_connections", 256, 1, 100_000),
                        keystore == null ? null : baseDir.resolve(keystore).toString(),
                        tls.string("keystore_password", keystore == null ? null : ""),
                        tls.has("truststore") ? baseDir.resolve(tls.string("truststore", null)).toString() : null,
                        tls.has("truststore") ? tls.string("truststore_password", "") : null);
                tls.done();
                yield s;
            }
            default -> new StdinInput(name, unit, host,
                    in.matching("format", "auto", FORMATS, "a format (" + FORMATS.replace('|', ',') + ")"),
                    (int) in.size("max_line_bytes", MiB, 1024, 2L * MiB), drill(in));
        };
        in.done();
        return out;
    }

    /** A drill's mark, only for a pipe: a drill's lines are sent once, never read from a real log. */
    private static String drill(Section in) {
        String drill = in.string("drill", null);
        try {
            return drill == null ? null : DrillMark.check(drill);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(in.path("drill") + ": " + e.getMessage());
        }
    }

    private static void checkRegex(String path, String regex) {
        try {
            com.google.re2j.Pattern.compile(regex);
        } catch (com.google.re2j.PatternSyntaxException e) {
            throw new ConfigException(path + ": not a valid regular expression: " + e.getMessage());
        }
    }

    private static void putIf(Map<String, String> map, String key, String value, Path baseDir) {
        if (value != null) {
            map.put(key, baseDir == null ? value : baseDir.resolve(value).toString());
        }
    }

    private static String jaasEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    /** The producer settings for this configuration. */
    public java.util.Properties producerProperties() {
        java.util.Properties p = new java.util.Properties();
        p.put("bootstrap.servers", kafka.bootstrapServers());
        p.put("compression.type", kafka.compression().name().toLowerCase(java.util.Locale.ROOT));
        p.put("linger.ms", Long.toString(kafka.linger().toMillis()));
        p.put("batch.size", Long.toString(kafka.batchBytes()));
        p.put("delivery.timeout.ms", Long.toString(kafka.deliveryTimeout().toMillis()));
        p.put("request.timeout.ms", "15000");
        // While the broker is away, send() waits for it rather than failing (a failure means a rewind).
        p.put("max.block.ms", Long.toString(kafka.deliveryTimeout().toMillis()));
        p.put("max.request.size", Integer.toString(vn.gov.moh.soc.core.naming.Topic.MAX_RECORD_BYTES));
        p.put("client.id", "soc-agent-" + agent.id());
        p.putAll(kafka.security());
        p.putAll(kafka.extra());
        return p;
    }
}
