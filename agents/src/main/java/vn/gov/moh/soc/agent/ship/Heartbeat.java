package vn.gov.moh.soc.agent.ship;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.gov.moh.soc.agent.pipeline.Input;
import vn.gov.moh.soc.agent.spool.Spool;

/**
 * Tells {@code soc.agent.heartbeat} every interval that the agent is alive, with what the portal
 * shows of it: unit, host, version, each input with its lag and counters, the spool's size and
 * whether it is full (back-pressure), the sender's state. Sent directly (not through the spool):
 * a heartbeat that cannot be sent is stale anyway.
 */
public final class Heartbeat implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Heartbeat.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String agentId;
    private final String unit;
    private final String host;
    private final String version;
    private final String topic;
    private final List<? extends Input> inputs;
    private final Spool spool;
    private final KafkaSender sender;
    private final Producer<String, String> producer;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "soc-agent-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private final Instant started = Instant.now();

    public Heartbeat(String agentId, String unit, String host, String version, String topic, List<? extends Input> inputs,
            Spool spool, KafkaSender sender, Properties producerSettings) {
        this.agentId = agentId;
        this.unit = unit;
        this.host = host;
        this.version = version;
        this.topic = topic;
        this.inputs = inputs;
        this.spool = spool;
        this.sender = sender;
        Properties p = new Properties();
        p.putAll(producerSettings);
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", StringSerializer.class.getName());
        p.put("client.id", producerSettings.getProperty("client.id", "soc-agent") + "-heartbeat");
        p.put("delivery.timeout.ms", "30000");
        p.put("request.timeout.ms", "10000");
        p.put("linger.ms", "0");
        p.put("max.block.ms", "5000"); // a heartbeat that cannot be sent now is skipped, not queued
        this.producer = new KafkaProducer<>(p);
    }

    public void start(Duration interval) {
        timer.scheduleAtFixedRate(this::beat, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The heartbeat document as it is now. */
    public String document() {
        return document(agentId, unit, host, version, started, inputs, spool.pendingBytes(), spool.isFull(), sender.sent(),
                sender.failures(), sender.connected());
    }

    /**
     * The heartbeat document of an agent in the given state: the format of {@code soc.agent.heartbeat},
     * also for the demo's simulated hosts ({@code generate.SimulatedHostHeartbeats}).
     */
    public static String document(String agentId, String unit, String host, String version, Instant started,
            List<? extends Input> inputs, long spoolBytes, boolean spoolFull, long sent, long sendFailures, boolean connected) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("@timestamp", Instant.now().toString());
        doc.putObject("agent").put("id", agentId).put("version", version).put("started", started.toString());
        doc.put("unit", unit);
        doc.putObject("host").put("name", host);
        ArrayNode list = doc.putArray("inputs");
        long read = 0;
        long flagged = 0;
        for (Input in : inputs) {
            list.addObject().put("name", in.name()).put("lag_bytes", in.counters().lag()).put("read", in.counters().read())
                    .put("flagged", in.counters().flagged()).put("errors", in.counters().errors());
            read += in.counters().read();
            flagged += in.counters().flagged();
        }
        doc.putObject("spool").put("bytes", spoolBytes).put("full", spoolFull);
        doc.putObject("counters").put("read", read).put("sent", sent).put("flagged", flagged).put("send_failures", sendFailures);
        doc.put("kafka_connected", connected);
        return doc.toString();
    }

    private void beat() {
        try {
            producer.send(new ProducerRecord<>(topic, agentId, document()), (m, e) -> {
                if (e != null) {
                    LOG.log(System.Logger.Level.DEBUG, "heartbeat not sent: {0}", e.getMessage());
                }
            });
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "heartbeat not sent: {0}", e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        producer.close(Duration.ZERO); // a heartbeat still unsent says nothing once the agent has stopped
    }
}
