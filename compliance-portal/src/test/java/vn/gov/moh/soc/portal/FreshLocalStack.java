package vn.gov.moh.soc.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.gov.moh.soc.stack.Stack;
import vn.gov.moh.soc.stack.config.Setting;
import vn.gov.moh.soc.stack.config.StackConfig;
import vn.gov.moh.soc.stack.part.Distributions;
import vn.gov.moh.soc.stack.part.Ports;

/**
 * A local stack of deploy/stack for an IT of this module: its own fresh state folder under
 * {@code target/it}, each of its ports free, heaps small enough for a machine shared with other
 * builds. Nothing is started yet; the stack is also stopped if the JVM is told to stop before the
 * class's own {@code down}.
 */
final class FreshLocalStack {
    private FreshLocalStack() {
    }

    static Stack create(String name, List<Setting> ports, Map<Setting, String> settings) throws Exception {
        Path state = Path.of(System.getProperty("portal.it.dir", "target/it")).toAbsolutePath().resolve(name);
        // Fresh, Keycloak included: an existing realm is not imported again, so it would lack new demo users.
        Distributions.deleteTree(state);
        Files.createDirectories(state);
        int[] free = Ports.findFree(ports.size());
        StackConfig.Builder config = StackConfig.builder().set(Setting.STATE_DIR, state.toString())
                .set(Setting.KEYCLOAK_HEAP, "512m").set(Setting.KAFKA_HEAP, "512m");
        for (int i = 0; i < free.length; i++) {
            config.set(ports.get(i), Integer.toString(free[i]));
        }
        settings.forEach(config::set);
        Stack stack = new Stack(config.build(), msg -> System.err.println("[" + name + "] " + msg));
        stack.down();
        Runtime.getRuntime().addShutdownHook(new Thread(stack::down, name + "-down"));
        return stack;
    }

    /**
     * The whole stack (every part's ports free) for a machine shared with other builds: generous
     * start-up, small heaps, the demo agent at a light background rate with these scenarios.
     */
    static Stack whole(String name, String demoScenarios) throws Exception {
        return create(name, List.of(Setting.KEYCLOAK_PORT, Setting.PORTAL_PORT, Setting.KAFKA_PORT,
                Setting.KAFKA_CONTROLLER_PORT, Setting.ELASTICSEARCH_PORT, Setting.ELASTICSEARCH_TRANSPORT_PORT,
                Setting.AGENT_METRICS_PORT, Setting.JOBS_WEB_PORT), Map.of(
                Setting.ELASTICSEARCH_HEAP, "512m",
                Setting.JOBS_HEAP, "768m",
                Setting.STARTUP_TIMEOUT, "600",
                Setting.AGENT_DEMO_RATE, "5",
                Setting.AGENT_DEMO_SCENARIOS, demoScenarios));
    }

    /**
     * Reads a topic of the stack's Kafka from its start until it holds {@code count} keys or the
     * timeout passes: the newest value of each key (a tombstone's is null), as a compacted topic's
     * reader sees them.
     */
    static Map<String, byte[]> latestByKey(Stack stack, String topic, int count, Duration timeout) {
        Map<String, byte[]> found = new HashMap<>();
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + stack.config().port(Setting.KAFKA_PORT));
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(300))) {
                    found.put(r.key(), r.value());
                }
            }
        }
        return found;
    }
    /** Polls until the check gives a value, or fails naming what did not come. */
    static <T> T await(String what, Duration timeout, Callable<Optional<T>> check) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> v = check.call();
            if (v.isPresent()) {
                return v.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            Thread.sleep(1000);
        }
    }
}
