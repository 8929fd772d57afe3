package vn.gov.moh.soc.stack.part;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.stack.config.Setting;
import vn.gov.moh.soc.stack.config.StackConfig;
import vn.gov.moh.soc.stack.process.Commands;

/**
 * A single-node Kafka in KRaft mode (broker and controller in one JVM), run from the Kafka jars
 * in the local Maven repository. The storage is formatted on first start.
 */
public final class KafkaPart extends Part {

    public KafkaPart(StackConfig config, Distributions distributions) {
        super(config, distributions);
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("broker listener", config.port(Setting.KAFKA_PORT));
        ports.put("KRaft controller listener", config.port(Setting.KAFKA_CONTROLLER_PORT));
        return ports;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + config.port(Setting.KAFKA_PORT);
    }

    @Override
    public String address() {
        return bootstrapServers();
    }

    @Override
    public Map<String, String> endpoints() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    protected void prepare() {
        Path properties = dir.resolve("server.properties");
        write(properties, serverProperties());
        write(dir.resolve("log4j2.properties"), LOG4J2);
        if (!Files.exists(dir.resolve("data").resolve("meta.properties"))) {
            String clusterId = Uuid.randomUuid().toString();
            Commands.check(List.of(javaExecutable(), "-Xmx256m", "-cp", distributions.kafkaClasspath(),
                    "-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties"),
                    "kafka.tools.StorageTool", "format", "-t", clusterId,
                    "-c", properties.toString(), "--standalone"), 120);
        }
    }

    private String serverProperties() {
        int port = config.port(Setting.KAFKA_PORT);
        int controller = config.port(Setting.KAFKA_CONTROLLER_PORT);
        return String.join("\n",
                "# Written by ./soc on every start; edit the stack settings instead.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controller,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "") + "\n";
    }

    private static final String LOG4J2 = String.join("\n",
            "status = warn",
            "appender.out.type = Console",
            "appender.out.name = out",
            "appender.out.layout.type = PatternLayout",
            "appender.out.layout.pattern = [%d] %p %m (%c)%n",
            "rootLogger.level = info",
            "rootLogger.appenderRef.out.ref = out",
            "logger.kafka.name = kafka",
            "logger.kafka.level = warn",
            "logger.kafkaorg.name = org.apache.kafka",
            "logger.kafkaorg.level = warn",
            "logger.server.name = kafka.server.KafkaRaftServer",
            "logger.server.level = info",
            "");

    @Override
    protected List<String> command() {
        String heap = config.get(Setting.KAFKA_HEAP);
        return List.of(javaExecutable(), "-Xms" + heap, "-Xmx" + heap, "-XX:+UseG1GC",
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties"),
                "-cp", distributions.kafkaClasspath(),
                "kafka.Kafka", dir.resolve("server.properties").toString());
    }

    @Override
    public boolean healthy() {
        if (!Ports.isListening(config.port(Setting.KAFKA_PORT))) {
            return false;
        }
        try (Admin admin = admin()) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Creates the platform's topics in the configured namespace. */
    @Override
    public void install() {
        createTopics(bootstrapServers(), config.namespace());
    }

    /**
     * Creates every topic of the architecture in the namespace; topics that exist are kept as
     * they are.
     */
    public static void createTopics(String bootstrapServers, Namespace namespace) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (Topic topic : Topic.values()) {
                String name = namespace.topic(topic);
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, topic.defaultPartitions(), (short) 1).configs(topic.config()));
                }
            }
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
                awaitListed(admin, missing.stream().map(NewTopic::name).toList());
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create the Kafka topics at " + bootstrapServers + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    /** The controller has the topics once created; the broker's metadata follows a moment later. */
    private static void awaitListed(Admin admin, List<String> names)
            throws ExecutionException, TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!admin.listTopics().names().get(30, TimeUnit.SECONDS).containsAll(names)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("topics created but not listed after 30 s: " + names);
            }
            Thread.sleep(100);
        }
    }

    private Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        return Admin.create(props);
    }
}
