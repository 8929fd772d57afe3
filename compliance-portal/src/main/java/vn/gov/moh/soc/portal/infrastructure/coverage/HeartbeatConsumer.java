package vn.gov.moh.soc.portal.infrastructure.coverage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.portal.infrastructure.messaging.PipelineSettings;

/**
 * Reads {@code soc.agent.heartbeat} of the pipeline's namespace on a thread of the server's
 * {@link ManagedThreadFactory} from deployment to undeployment, in its own consumer group, and
 * keeps each agent's newest heartbeat. A poll is stored in one transaction and its offsets are
 * committed after it: a failure to store reads the poll again (from the committed offsets) after a
 * pause, so nothing is lost and a replay changes nothing. A record that is not a heartbeat is
 * skipped with a warning naming it ({@code topic/partition/offset}) and the reason; it never stops
 * the consumer. A new group starts at the topic's beginning, so agents that fell silent before the
 * portal first started are known with their last heartbeat. Nothing runs without {@code portal.kafka.*}.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // its state is volatile or atomic: no container lock for /health
public class HeartbeatConsumer {
    private static final Logger LOG = Logger.getLogger(HeartbeatConsumer.class.getName());
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    @Resource
    ManagedThreadFactory threads;
    @Inject
    PipelineSettings pipeline;
    @Inject
    CoverageSettings settings;
    @Inject
    HeartbeatStore store;

    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private volatile String lastError;
    private volatile Instant lastPoll;

    @PostConstruct
    void start() {
        if (!pipeline.enabled()) {
            LOG.warning(() -> "monitoring coverage reads no heartbeats: " + pipeline.disabledReason());
            return;
        }
        String topic = pipeline.namespace().topic(Topic.AGENT_HEARTBEAT);
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, settings.consumerGroup());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "compliance-portal-coverage");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        // Deserializer instances, not class names: no class loading through Kafka's own loader in the server.
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        thread = threads.newThread(() -> run(topic));
        thread.setName("coverage-heartbeats");
        thread.start();
        LOG.info(() -> "monitoring coverage reads " + topic + " at " + pipeline.bootstrapServers() + " as group "
                + settings.consumerGroup());
    }

    private void run(String topic) {
        try (KafkaConsumer<String, byte[]> c = consumer) {
            c.subscribe(List.of(topic));
            Duration pause = Duration.ofSeconds(1);
            while (running) {
                ConsumerRecords<String, byte[]> records = c.poll(POLL);
                lastPoll = Instant.now();
                try {
                    take(records);
                    c.commitSync();
                    lastError = null;
                    pause = Duration.ofSeconds(1);
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException e) {
                    if (!String.valueOf(e).equals(lastError)) {
                        LOG.log(Level.WARNING, "heartbeats not stored, reading them again in " + pause.toSeconds() + " s", e);
                    }
                    lastError = String.valueOf(e);
                    rewind(c, records);
                    pauseWhileRunning(pause);
                    pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
                }
            }
        } catch (WakeupException e) {
            // stop() asked the poll to return.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            lastError = String.valueOf(e);
            LOG.log(Level.SEVERE, "the heartbeat consumer stopped", e);
        }
    }

    /** Sleeps in short steps, so that a stop during a long pause is prompt. */
    private void pauseWhileRunning(Duration pause) throws InterruptedException {
        long until = System.nanoTime() + pause.toNanos();
        while (running && System.nanoTime() < until) {
            Thread.sleep(100);
        }
    }

    private void take(ConsumerRecords<String, byte[]> records) {
        if (records.isEmpty()) {
            return;
        }
        HeartbeatBatch batch = HeartbeatBatch.of(records, Instant.now());
        for (HeartbeatBatch.Skipped s : batch.skipped()) {
            LOG.warning(() -> "skipped a heartbeat " + s);
        }
        if (!batch.heartbeats().isEmpty()) {
            stored.addAndGet(store.keep(batch.heartbeats()));
        }
        skipped.addAndGet(batch.skipped().size());
    }

    /** Back to the first record of each partition of the poll, so the next poll reads them again. */
    private static void rewind(KafkaConsumer<String, byte[]> c, ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, Long> first = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            first.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::min);
        }
        first.forEach(c::seek);
    }

    @PreDestroy
    void stop() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                LOG.warning("the heartbeat consumer did not stop within 10 s");
            }
        }
    }

    /** Whether a consumer runs. */
    public boolean running() {
        return running && thread != null && thread.isAlive();
    }

    /** Heartbeats stored (newer than the agent's previous one) since deployment. */
    public long stored() {
        return stored.get();
    }

    /** Records skipped as not heartbeats since deployment. */
    public long skipped() {
        return skipped.get();
    }

    /** The last failure to store, or null. */
    public String lastError() {
        return lastError;
    }

    /** When the consumer last returned from a poll, or null. */
    public Instant lastPoll() {
        return lastPoll;
    }
}
