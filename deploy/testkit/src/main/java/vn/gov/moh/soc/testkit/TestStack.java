package vn.gov.moh.soc.testkit;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import vn.gov.moh.soc.stack.Stack;
import vn.gov.moh.soc.stack.config.Setting;
import vn.gov.moh.soc.stack.config.StackConfig;
import vn.gov.moh.soc.stack.part.ElasticsearchPart;
import vn.gov.moh.soc.stack.part.KafkaPart;
import vn.gov.moh.soc.stack.part.KeycloakPart;
import vn.gov.moh.soc.stack.part.Ports;
import vn.gov.moh.soc.stack.part.PostgresPart;

/**
 * The servers of one test JVM: either started here on free ports, or those of a running
 * {@code ./soc up} stack (reuse mode), which are never stopped by the tests.
 */
final class TestStack implements AutoCloseable {
    /** The servers a test can ask for. */
    enum Server { KAFKA, ELASTICSEARCH, KEYCLOAK, POSTGRES }

    private static final PrintStream LOG = System.err;

    private final Stack stack; // null in reuse mode
    private final Properties reused; // null when the servers are ours
    private final Set<Server> started = EnumSet.noneOf(Server.class);

    private TestStack(Stack stack, Properties reused) {
        this.stack = stack;
        this.reused = reused;
    }

    static TestStack create() {
        String reuse = System.getProperty("soc.testkit.reuse", System.getenv("SOC_TESTKIT_REUSE"));
        if (reuse != null && !reuse.isBlank()) {
            Path stateDir = Path.of(reuse).toAbsolutePath().normalize();
            Properties endpoints = Stack.readEndpoints(stateDir).orElseThrow(() -> new IllegalStateException(
                    "soc.testkit.reuse points at " + stateDir + " but no stack runs there (no "
                            + Stack.ENDPOINTS_FILE + "): run ./soc up first, or unset soc.testkit.reuse"));
            LOG.println("[testkit] reusing the running stack of " + stateDir);
            return new TestStack(null, endpoints);
        }
        Path dir = stateDir();
        int[] ports = Ports.findFree(6);
        StackConfig config = StackConfig.builder()
                .set(Setting.STATE_DIR, dir.toString())
                .set(Setting.KAFKA_PORT, Integer.toString(ports[0]))
                .set(Setting.KAFKA_CONTROLLER_PORT, Integer.toString(ports[1]))
                .set(Setting.ELASTICSEARCH_PORT, Integer.toString(ports[2]))
                .set(Setting.ELASTICSEARCH_TRANSPORT_PORT, Integer.toString(ports[3]))
                .set(Setting.KEYCLOAK_PORT, Integer.toString(ports[4]))
                .set(Setting.POSTGRES_PORT, Integer.toString(ports[5]))
                .set(Setting.KAFKA_HEAP, "512m")
                .set(Setting.ELASTICSEARCH_HEAP, "512m")
                .set(Setting.KEYCLOAK_HEAP, "512m")
                .build();
        Stack stack = new Stack(config, msg -> LOG.println("[testkit] " + msg));
        stack.down(); // servers left over by a test JVM that was killed
        LOG.println("[testkit] servers of this test JVM live in " + dir);
        TestStack testStack = new TestStack(stack, null);
        // JUnit closes the stack after the last test; this covers a JVM told to stop before that.
        Runtime.getRuntime().addShutdownHook(new Thread(testStack::close, "testkit-stop"));
        return testStack;
    }

    /**
     * Where our servers keep their state: {@code soc.testkit.dir} (Maven sets it to the module's
     * {@code target/testkit}), unless the unprivileged users of Elasticsearch and PostgreSQL could
     * not reach it.
     */
    private static Path stateDir() {
        Path wanted = Path.of(System.getProperty("soc.testkit.dir", "target/testkit")).toAbsolutePath().normalize();
        if (!"root".equals(System.getProperty("user.name")) || traversableByAll(wanted)) {
            return wanted;
        }
        Path fallback = Path.of(System.getProperty("java.io.tmpdir"),
                "soc-testkit-" + Integer.toHexString(wanted.toString().hashCode()));
        LOG.println("[testkit] " + wanted + " lies under a folder closed to other users, and Elasticsearch"
                + " runs as an unprivileged user: using " + fallback + " instead");
        return fallback;
    }

    private static boolean traversableByAll(Path dir) {
        for (Path p = dir.getParent(); p != null; p = p.getParent()) {
            try {
                if (Files.exists(p) && !Files.getPosixFilePermissions(p)
                        .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (java.io.IOException e) {
                return false;
            }
        }
        return true;
    }

    /** Starts, together, those of the servers that are not running yet. */
    synchronized void ensure(Collection<Server> servers) {
        if (stack == null) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (Server s : servers) {
            if (!started.contains(s)) {
                names.add(partName(s));
            }
        }
        if (!names.isEmpty()) {
            stack.up(names);
            started.addAll(servers);
        }
    }

    KafkaEndpoint kafka() {
        ensure(List.of(Server.KAFKA));
        return new KafkaEndpoint(value("kafka.bootstrap.servers",
                () -> stack.part(KafkaPart.class).bootstrapServers()));
    }

    /** Control of our broker; aborts the test in reuse mode, where the broker is not ours to stop. */
    KafkaBroker kafkaBroker() {
        org.junit.jupiter.api.Assumptions.assumeTrue(stack != null,
                "this test stops and starts the Kafka broker, which the test kit does not do to a reused stack");
        ensure(List.of(Server.KAFKA));
        return new KafkaBroker(this);
    }

    synchronized void stopKafka() {
        stack.part(KafkaPart.class).process().stop(java.time.Duration.ofSeconds(30));
    }

    synchronized void startKafka() {
        stack.up(List.of("kafka"));
    }

    ElasticsearchEndpoint elasticsearch() {
        ensure(List.of(Server.ELASTICSEARCH));
        return new ElasticsearchEndpoint(value("elasticsearch.url", () -> stack.part(ElasticsearchPart.class).url()));
    }

    KeycloakEndpoint keycloak() {
        ensure(List.of(Server.KEYCLOAK));
        return new KeycloakEndpoint(
                value("keycloak.url", () -> stack.part(KeycloakPart.class).url()),
                value("keycloak.realm", () -> KeycloakPart.REALM),
                value("keycloak.issuer", () -> stack.part(KeycloakPart.class).issuer()),
                value("keycloak.portal.client", () -> KeycloakPart.PORTAL_CLIENT),
                value("keycloak.portal.secret", () -> KeycloakPart.PORTAL_CLIENT_SECRET));
    }

    /** The server, as its maintenance database {@code postgres}. */
    PostgresEndpoint postgres() {
        ensure(List.of(Server.POSTGRES));
        return new PostgresEndpoint(
                value("postgres.host", () -> "127.0.0.1"),
                Integer.parseInt(value("postgres.port", () -> Integer.toString(stack.config().port(Setting.POSTGRES_PORT)))),
                value("postgres.user", () -> PostgresPart.ROLE),
                value("postgres.password", () -> stack.config().get(Setting.POSTGRES_PASSWORD)),
                "postgres");
    }

    private String value(String key, java.util.function.Supplier<String> own) {
        if (reused == null) {
            return own.get();
        }
        String v = reused.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("the running stack has no " + key + ": is that part up? (./soc status)");
        }
        return v;
    }

    private static String partName(Server s) {
        return switch (s) {
            case KAFKA -> "kafka";
            case ELASTICSEARCH -> "elasticsearch";
            case KEYCLOAK -> "keycloak";
            case POSTGRES -> "postgres";
        };
    }

    /** Stops our servers; a reused stack keeps running. */
    @Override
    public synchronized void close() {
        if (stack != null && !started.isEmpty()) {
            LOG.println("[testkit] stopping " + stack.down());
            started.clear();
        }
    }
}
