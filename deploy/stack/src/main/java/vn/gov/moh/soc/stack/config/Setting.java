package vn.gov.moh.soc.stack.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every setting of the local stack. A setting is read from, in increasing precedence, its
 * default, the config file ({@code key=value}) and the environment variable
 * {@code SOC_<KEY>} (key upper-cased, dots as underscores).
 */
public enum Setting {
    STATE_DIR("state.dir", ".soc", Type.PATH,
            "Folder for the stack's data, logs, pid files and unpacked distributions."),
    HOSTNAME("hostname", "localhost", Type.HOSTNAME,
            "Host name put in URLs the stack hands out (Keycloak's token issuer is fixed to it)."),
    NAMESPACE("namespace", "", Type.NAMESPACE,
            "Prefix of topic and index names; empty means the names of the architecture."),
    STARTUP_TIMEOUT("startup.timeout.seconds", "300", Type.SECONDS,
            "How long 'up' waits for each part to become healthy."),
    KAFKA_PORT("kafka.port", "9092", Type.PORT, "Kafka broker listener."),
    KAFKA_CONTROLLER_PORT("kafka.controller.port", "9093", Type.PORT, "Kafka KRaft controller listener."),
    KAFKA_HEAP("kafka.heap", "1g", Type.HEAP, "Kafka broker JVM heap (-Xmx), e.g. 512m or 1g."),
    ELASTICSEARCH_PORT("elasticsearch.port", "9200", Type.PORT, "Elasticsearch HTTP API."),
    ELASTICSEARCH_TRANSPORT_PORT("elasticsearch.transport.port", "9300", Type.PORT,
            "Elasticsearch transport (node-to-node) port."),
    ELASTICSEARCH_HEAP("elasticsearch.heap", "1g", Type.HEAP, "Elasticsearch JVM heap."),
    ELASTICSEARCH_USER("elasticsearch.user", "soc-elasticsearch", Type.USER,
            "Unprivileged system user that runs Elasticsearch when the launcher runs as root"
                    + " (Elasticsearch refuses root); created on first use."),
    KEYCLOAK_PORT("keycloak.port", "8180", Type.PORT, "Keycloak HTTP port."),
    KEYCLOAK_HEAP("keycloak.heap", "768m", Type.HEAP, "Keycloak JVM heap."),
    AGENT_METRICS_PORT("agent.metrics.port", "9464", Type.PORT,
            "Metrics endpoint of the demo agent (Prometheus text at /metrics)."),
    AGENT_DEMO_RATE("agent.demo.rate", "20", Type.RATE,
            "Events per second the demo agent generates for each of its two demo hospitals."),
    AGENT_DEMO_SCENARIOS("agent.demo.scenarios",
            "ssh-brute-force@120,sql-injection@300,ehr-snooping@600,ransomware-precursors@900,ehr-bulk-export@1200",
            Type.SCENARIOS,
            "Attack scenarios the demo agent's generator mixes in: NAME@SECONDS[:UNIT], comma-separated, seconds after"
                    + " the agent part's start (soc-agent generate --scenario; the first demo hospital when no unit);"
                    + " 'none' for none."),
    JOBS_WEB_PORT("jobs.web.port", "8081", Type.PORT,
            "Flink web UI of the correlation job's local MiniCluster (on 127.0.0.1)."),
    JOBS_HEAP("jobs.heap", "1g", Type.HEAP, "Heap of the correlation job's local MiniCluster."),
    ASSETS_INVENTORY("assets.inventory", "portal", Type.PATH,
            "Who publishes the asset inventory to soc.assets: 'portal' (the compliance portal publishes its"
                    + " information systems; the job publishes none and removes what an earlier inventory of its own"
                    + " wrote), 'demo' (the demo hospitals' YAML inventory, for a stack without the portal) or the path"
                    + " of a YAML inventory file (format: correlation-jobs/README.md). The job's inventory deletes and"
                    + " replaces only assets it wrote itself, never the portal's."),
    POSTGRES_PORT("postgres.port", "15432", Type.PORT,
            "PostgreSQL (on 127.0.0.1; started only by './soc up postgres' or a test that asks for it)."),
    POSTGRES_USER("postgres.user", "soc-postgres", Type.USER,
            "Unprivileged system user that runs PostgreSQL when the launcher runs as root"
                    + " (PostgreSQL refuses root); created on first use."),
    POSTGRES_PASSWORD("postgres.password", "soc-local", Type.TEXT,
            "Password of the database role 'soc' (the cluster's superuser), set when the cluster is created."),
    PORTAL_PORT("portal.port", "8080", Type.PORT, "HTTP port of the compliance portal (Payara Micro, on 127.0.0.1)."),
    PORTAL_HEAP("portal.heap", "512m", Type.HEAP, "Heap of the portal's Payara Micro JVM."),
    PORTAL_DEMO_DATA("portal.demo.data", "true", Type.BOOLEAN,
            "Whether 'up' loads the demo hospitals' information systems into the portal (through its API)"
                    + " when the portal has none; the portal itself never loads demo data."),
    KEYCLOAK_ADMIN_USER("keycloak.admin.user", "admin", Type.TEXT,
            "Keycloak bootstrap administrator (master realm)."),
    KEYCLOAK_ADMIN_PASSWORD("keycloak.admin.password", "admin", Type.TEXT,
            "Password of the bootstrap administrator; change it for anything but a laptop.");

    private final String key;
    private final String defaultValue;
    private final Type type;
    private final String description;

    Setting(String key, String defaultValue, Type type, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.type = type;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /** The environment variable that overrides the config file. */
    public String environmentVariable() {
        return "SOC_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    public static Optional<Setting> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    public static Optional<Setting> byEnvironmentVariable(String name) {
        return Arrays.stream(values()).filter(s -> s.environmentVariable().equals(name)).findFirst();
    }

    /**
     * Checks a value.
     *
     * @return empty when valid, otherwise what is wrong with it
     */
    Optional<String> problemWith(String value) {
        return type.problemWith(value);
    }

    enum Type {
        PATH(".+", "a path"),
        HOSTNAME("[A-Za-z0-9.-]+", "a host name"),
        NAMESPACE("|[a-z][a-z0-9-]{0,39}", "empty, or lower-case letters, digits and '-' starting with a letter"),
        SECONDS("[1-9][0-9]{0,4}", "a whole number of seconds"),
        RATE("[1-9][0-9]{0,5}", "a whole number of events per second"),
        PORT("[0-9]{1,5}", "a TCP port from 1024 to 65535"),
        HEAP("[1-9][0-9]{0,5}[mMgG]", "a heap size such as 512m or 1g"),
        USER("[a-z_][a-z0-9_-]{0,31}", "a system user name"),
        BOOLEAN("true|false", "true or false"),
        SCENARIOS("none|[a-z][a-z-]*@[0-9]{1,6}(:[a-z0-9-]+)?(,[a-z][a-z-]*@[0-9]{1,6}(:[a-z0-9-]+)?)*",
                "'none' or scenarios NAME@SECONDS[:UNIT] separated by commas, e.g. ssh-brute-force@10,sql-injection@20"),
        TEXT(".+", "a non-empty value");

        private final Pattern pattern;
        private final String expected;

        Type(String regex, String expected) {
            this.pattern = Pattern.compile(regex);
            this.expected = expected;
        }

        Optional<String> problemWith(String value) {
            boolean ok = pattern.matcher(value).matches();
            if (ok && this == PORT) {
                int port = Integer.parseInt(value);
                ok = port >= 1024 && port <= 65535;
            }
            return ok ? Optional.empty() : Optional.of("expected " + expected + ", got '" + value + "'");
        }
    }
}
