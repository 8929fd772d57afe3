package vn.gov.moh.soc.jobs.config;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.core.time.DurationText;
import vn.gov.moh.soc.jobs.index.ElasticsearchSinkConfig;

/**
 * The settings of the correlation job, typed and checked once at start. Values come from the
 * defaults, then a properties file ({@code --config FILE}), then {@code --key=value} (or
 * {@code --key value}) arguments. An unknown key or a wrong value stops the job with a
 * {@link ConfigException} naming the setting.
 */
public final class JobConfig implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Every setting with its default and what it means (printed by {@code --help}, in the README). */
    public static final Map<String, String[]> SETTINGS = settings();

    /** The kafka transaction timeout may not exceed the broker's default maximum. */
    public static final Duration MAX_TRANSACTION_TIMEOUT = Duration.ofMinutes(15);

    /** How the Kafka sinks deliver. */
    public enum Delivery {
        /** Transactions committed on checkpoints: each record exactly once for read_committed readers. */
        EXACTLY_ONCE,
        /** Flushed on checkpoints: no loss, duplicates possible after a failure (same ids). */
        AT_LEAST_ONCE
    }

    private final Map<String, String> values;
    private final Namespace namespace;
    private final List<String> ruleDirs;
    private final int parallelism;
    private final Duration outOfOrderness;
    private final Duration idleness;
    private final Duration quietFlush;
    private final Duration allowedLateness;
    private final int maxCorrelationDepth;
    private final Duration checkpointInterval;
    private final Delivery delivery;
    private final Duration transactionTimeout;
    private final ZoneId syslogZone;
    private final int webPort;
    private final String assetsTopic;
    /** Null when indexing is off ({@code elasticsearch.enabled=false}). */
    private final ElasticsearchSinkConfig elasticsearch;

    private JobConfig(Map<String, String> values) {
        this.values = Map.copyOf(values);
        try {
            this.namespace = Namespace.of(values.get("namespace"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("setting 'namespace': " + e.getMessage());
        }
        require("kafka.bootstrap.servers", !values.get("kafka.bootstrap.servers").isBlank(), "must not be empty");
        require("group.id", !values.get("group.id").isBlank(), "must not be empty");
        this.ruleDirs = Arrays.stream(values.get("rules.dirs").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        this.parallelism = integer("parallelism", 0, 1024);
        this.outOfOrderness = duration("watermark.out-of-orderness");
        this.idleness = duration("watermark.idleness");
        require("watermark.idleness", !idleness.isZero(), "must be above zero");
        this.quietFlush = duration("watermark.quiet-flush");
        require("watermark.quiet-flush", !quietFlush.isZero(), "must be above zero");
        this.allowedLateness = duration("correlation.allowed-lateness");
        this.maxCorrelationDepth = integer("correlation.max-depth", 1, 16);
        String backend = values.get("state.backend");
        require("state.backend", backend.equals("hashmap") || backend.equals("rocksdb"), "is '" + backend
                + "': use hashmap or rocksdb");
        this.checkpointInterval = duration("checkpoint.interval");
        require("checkpoint.interval", checkpointInterval.toMillis() >= 10, "must be at least 10ms");
        require("checkpoint.dir", values.get("checkpoint.dir").contains("://"),
                "must be a URI such as file:///var/lib/soc/checkpoints");
        String d = values.get("delivery.guarantee");
        this.delivery = switch (d) {
            case "exactly-once" -> Delivery.EXACTLY_ONCE;
            case "at-least-once" -> Delivery.AT_LEAST_ONCE;
            default -> throw new ConfigException("setting 'delivery.guarantee' is '" + d
                    + "': use exactly-once or at-least-once");
        };
        this.transactionTimeout = duration("kafka.transaction.timeout");
        require("kafka.transaction.timeout", transactionTimeout.compareTo(MAX_TRANSACTION_TIMEOUT) <= 0
                && transactionTimeout.compareTo(checkpointInterval) > 0,
                "must be above checkpoint.interval and at most 15m (the broker's transaction.max.timeout.ms)");
        try {
            this.syslogZone = ZoneId.of(values.get("syslog.zone"));
        } catch (DateTimeException e) {
            throw new ConfigException("setting 'syslog.zone' is '" + values.get("syslog.zone")
                    + "': not a time zone (use e.g. Asia/Ho_Chi_Minh or UTC)");
        }
        this.webPort = integer("web.port", 0, 65535);
        String assets = values.get("assets.topic");
        require("assets.topic", assets.isEmpty() || TOPIC_NAME.matcher(assets).matches(),
                "is '" + assets + "': a Kafka topic name has only letters, digits, '.', '_' and '-'");
        this.assetsTopic = assets.isEmpty() ? namespace.topic(Topic.ASSETS) : assets;
        this.elasticsearch = bool("elasticsearch.enabled") ? elasticsearchSink() : null;
    }

    private static final Pattern TOPIC_NAME = Pattern.compile("[A-Za-z0-9._-]{1,249}");

    /** The sink's settings, each checked by its builder; the error names our setting. */
    private ElasticsearchSinkConfig elasticsearchSink() {
        ElasticsearchSinkConfig.Builder b = ElasticsearchSinkConfig.builder();
        String[] hosts = Arrays.stream(values.get("elasticsearch.hosts").split(",")).map(String::strip)
                .filter(h -> !h.isEmpty()).toArray(String[]::new);
        sinkSetting("elasticsearch.hosts", () -> b.hosts(hosts));
        sinkSetting("elasticsearch.bulk.actions", () -> b.bulkActions(integer("elasticsearch.bulk.actions", 1, 100_000)));
        sinkSetting("elasticsearch.bulk.size", () -> b.bulkBytes(bytes("elasticsearch.bulk.size")));
        sinkSetting("elasticsearch.flush.interval", () -> b.flushInterval(duration("elasticsearch.flush.interval")));
        sinkSetting("elasticsearch.max-in-flight", () -> b.maxInFlightRequests(integer("elasticsearch.max-in-flight", 1, 64)));
        sinkSetting("elasticsearch.max-retries", () -> b.maxRetries(integer("elasticsearch.max-retries", 0, 100)));
        sinkSetting("elasticsearch.backoff.max", () -> b.backoff(duration("elasticsearch.backoff.initial"),
                duration("elasticsearch.backoff.max")));
        String user = values.get("elasticsearch.username");
        if (!user.isEmpty()) {
            sinkSetting("elasticsearch.username", () -> b.credentials(user, values.get("elasticsearch.password")));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new ConfigException("setting 'elasticsearch.hosts': " + e.getMessage());
        }
    }

    private static void sinkSetting(String key, Runnable set) {
        try {
            set.run();
        } catch (IllegalArgumentException e) {
            throw new ConfigException("setting '" + key + "': " + e.getMessage());
        }
    }

    private static Map<String, String[]> settings() {
        Map<String, String[]> s = new LinkedHashMap<>();
        s.put("kafka.bootstrap.servers", new String[] {"localhost:9092", "Kafka brokers"});
        s.put("namespace", new String[] {"", "prefix of topic names (empty in production)"});
        s.put("group.id", new String[] {"soc-correlation-jobs", "Kafka consumer group (offsets are also in checkpoints)"});
        s.put("rules.dirs", new String[] {"classpath:rules",
                "comma-separated rule folders loaded at start; classpath:rules is the platform's own rules; add a SigmaHQ rules checkout here"});
        s.put("parallelism", new String[] {"0", "parallelism of every stage; 0 = the environment's default"});
        s.put("watermark.out-of-orderness", new String[] {"10s", "how far a source's events may be out of order"});
        s.put("watermark.idleness", new String[] {"1m", "a source silent this long no longer holds the watermark back"});
        s.put("watermark.quiet-flush", new String[] {"10s",
                "no event for this long (wall clock): the watermark moves to the newest event time seen, so waiting correlations fire"});
        s.put("correlation.allowed-lateness", new String[] {"5m",
                "events behind the watermark by up to this still count in correlations (out of order); later ones are counted as late"});
        s.put("correlation.max-depth", new String[] {"3", "deepest chain of correlations of correlations (one stage each)"});
        s.put("state.backend", new String[] {"hashmap", "where keyed state lives: hashmap (heap) or rocksdb (disk, for many groups)"});
        s.put("checkpoint.dir", new String[] {"file:///tmp/soc-correlation-jobs/checkpoints", "where checkpoints go (a URI)"});
        s.put("checkpoint.interval", new String[] {"10s", "time between checkpoints; also when exactly-once output becomes visible"});
        s.put("delivery.guarantee", new String[] {"exactly-once", "Kafka sinks: exactly-once or at-least-once"});
        s.put("kafka.transaction.timeout", new String[] {"10m", "Kafka transaction timeout of exactly-once sinks (at most 15m)"});
        s.put("syslog.zone", new String[] {"Asia/Ho_Chi_Minh", "time zone of RFC 3164 syslog times, which carry none"});
        s.put("web.port", new String[] {"8081", "port of the Flink web UI of the local MiniCluster (0 = any free port)"});
        s.put("assets.topic", new String[] {"", "topic of the asset inventory; empty = the namespace's soc.assets"});
        s.put("elasticsearch.enabled", new String[] {"true",
                "index events and alerts into Elasticsearch; false for Kafka-only runs"});
        s.put("elasticsearch.hosts", new String[] {"http://localhost:9200", "comma-separated http(s)://host:port of the nodes"});
        s.put("elasticsearch.username", new String[] {"", "user for HTTP basic authentication; empty = none"});
        s.put("elasticsearch.password", new String[] {"", "its password"});
        s.put("elasticsearch.bulk.actions", new String[] {"1000", "a bulk request is sent when it holds this many documents"});
        s.put("elasticsearch.bulk.size", new String[] {"5mb", "... or this many bytes (kb, mb; at most 100mb)"});
        s.put("elasticsearch.flush.interval", new String[] {"1s", "... or when its first document has waited this long"});
        s.put("elasticsearch.max-in-flight", new String[] {"2", "bulk requests in flight per subtask before it blocks (back-pressure)"});
        s.put("elasticsearch.max-retries", new String[] {"8",
                "retries of a document refused with 429/5xx; then the job fails and restarts from its checkpoint"});
        s.put("elasticsearch.backoff.initial", new String[] {"100ms", "first retry delay, doubled at each retry"});
        s.put("elasticsearch.backoff.max", new String[] {"10s", "longest retry delay"});
        return java.util.Collections.unmodifiableMap(s);
    }

    /** The defaults. */
    public static JobConfig defaults() {
        return of(Map.of());
    }

    /** Defaults overridden by the given settings. */
    public static JobConfig of(Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        SETTINGS.forEach((k, v) -> values.put(k, v[0]));
        overrides.forEach((k, v) -> {
            if (!SETTINGS.containsKey(k)) {
                throw new ConfigException("unknown setting '" + k + "' (known: " + String.join(", ", SETTINGS.keySet()) + ")");
            }
            values.put(k, v.strip());
        });
        return new JobConfig(values);
    }

    /** From command-line arguments: {@code --config FILE} first, then {@code --key=value} or {@code --key value}. */
    public static JobConfig fromArgs(String... args) {
        Map<String, String> file = new LinkedHashMap<>();
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new ConfigException("argument '" + a + "' is not a setting: use --key=value");
            }
            String key;
            String value;
            int eq = a.indexOf('=');
            if (eq > 0) {
                key = a.substring(2, eq);
                value = a.substring(eq + 1);
            } else {
                key = a.substring(2);
                if (i + 1 >= args.length) {
                    throw new ConfigException("setting '" + key + "' has no value");
                }
                value = args[++i];
            }
            if (key.equals("config")) {
                file.putAll(readFile(Path.of(value)));
            } else {
                given.put(key, value);
            }
        }
        file.putAll(given);
        return of(file);
    }

    private static Map<String, String> readFile(Path path) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new ConfigException("setting 'config': cannot read " + path + ": " + e.getMessage());
        }
        Map<String, String> out = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    private Duration duration(String key) {
        try {
            return DurationText.SETTING.parse(values.get(key));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("setting '" + key + "': " + e.getMessage() + " (e.g. 30s)");
        }
    }

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|mb)?");

    private long bytes(String key) {
        Matcher m = SIZE.matcher(values.get(key).toLowerCase(Locale.ROOT));
        if (!m.matches() || m.group(1).length() > 9) {
            throw new ConfigException("setting '" + key + "' is '" + values.get(key)
                    + "': not a size (use a number with b, kb or mb, e.g. 5mb)");
        }
        long n = Long.parseLong(m.group(1));
        return m.group(2) == null || m.group(2).equals("b") ? n : m.group(2).equals("kb") ? n << 10 : n << 20;
    }

    private boolean bool(String key) {
        return switch (values.get(key).toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigException("setting '" + key + "' is '" + values.get(key) + "': use true or false");
        };
    }

    private int integer(String key, int min, int max) {
        try {
            int n = Integer.parseInt(values.get(key));
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException("setting '" + key + "' is '" + values.get(key) + "': use a whole number from "
                    + min + " to " + max);
        }
    }

    private static void require(String key, boolean ok, String what) {
        if (!ok) {
            throw new ConfigException("setting '" + key + "' " + what);
        }
    }

    public String bootstrapServers() {
        return values.get("kafka.bootstrap.servers");
    }

    public Namespace namespace() {
        return namespace;
    }

    public String groupId() {
        return values.get("group.id");
    }

    public List<String> ruleDirs() {
        return ruleDirs;
    }

    public int parallelism() {
        return parallelism;
    }

    public Duration outOfOrderness() {
        return outOfOrderness;
    }

    public Duration idleness() {
        return idleness;
    }

    /** Wall time without any event after which the watermark catches up with the newest event time. */
    public Duration quietFlush() {
        return quietFlush;
    }

    public Duration allowedLateness() {
        return allowedLateness;
    }

    public int maxCorrelationDepth() {
        return maxCorrelationDepth;
    }

    public String stateBackend() {
        return values.get("state.backend");
    }

    public String checkpointDir() {
        return values.get("checkpoint.dir");
    }

    public Duration checkpointInterval() {
        return checkpointInterval;
    }

    public Delivery delivery() {
        return delivery;
    }

    public Duration transactionTimeout() {
        return transactionTimeout;
    }

    public ZoneId syslogZone() {
        return syslogZone;
    }

    public int webPort() {
        return webPort;
    }

    /** Where the asset inventory is read from. */
    public String assetsTopic() {
        return assetsTopic;
    }

    /** True unless {@code elasticsearch.enabled=false}. */
    public boolean indexing() {
        return elasticsearch != null;
    }

    /**
     * The Elasticsearch sink's settings.
     *
     * @throws IllegalStateException when indexing is off
     */
    public ElasticsearchSinkConfig elasticsearch() {
        if (elasticsearch == null) {
            throw new IllegalStateException("indexing is off (elasticsearch.enabled=false)");
        }
        return elasticsearch;
    }

    /** Every setting with its value, for the start-up log (the password hidden). */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        values.forEach((k, v) -> out.add(k + "=" + (k.endsWith("password") && !v.isEmpty() ? "****" : v)));
        return out;
    }
}
