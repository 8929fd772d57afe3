package vn.gov.moh.soc.portal.infrastructure.coverage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import vn.gov.moh.soc.agent.pipeline.Input;
import vn.gov.moh.soc.agent.pipeline.InputCounters;
import vn.gov.moh.soc.agent.pipeline.Sink;
import vn.gov.moh.soc.agent.ship.Heartbeat;
import vn.gov.moh.soc.agent.ship.KafkaSender;
import vn.gov.moh.soc.agent.spool.Spool;

/**
 * The agents' own heartbeat ({@code vn.gov.moh.soc.agent.ship.Heartbeat}) over a real spool with
 * records waiting in it and one input with a lag: what a running soc-agent sends, without its inputs
 * reading anything. {@link #document()} is the JSON it writes; {@link #start} sends it to Kafka.
 */
public final class RealAgent implements AutoCloseable {
    public static final long SPOOLED_RECORD_BYTES = 5_000;
    public static final long INPUT_LAG = 12_345;

    private final Spool spool;
    private final Heartbeat heartbeat;

    /**
     * @param stateDir          a fresh folder for the spool
     * @param bootstrapServers  where the heartbeats go (never reached when only {@link #document()} is used)
     */
    public RealAgent(String agentId, String unit, String host, String topic, Path stateDir, String bootstrapServers)
            throws InterruptedException {
        spool = Spool.open(stateDir.resolve("spool"), 1024 * 1024, 64 * 1024);
        spool.append(host.getBytes(StandardCharsets.UTF_8), new byte[(int) SPOOLED_RECORD_BYTES]);
        Properties producer = new Properties();
        producer.put("bootstrap.servers", bootstrapServers);
        InputCounters counters = new InputCounters();
        counters.lag(INPUT_LAG);
        Input input = new Input() {
            @Override
            public String name() {
                return "auth-log";
            }

            @Override
            public void start(Sink sink) {
            }

            @Override
            public InputCounters counters() {
                return counters;
            }

            @Override
            public void close() {
            }
        };
        // The sender is never started: the heartbeat only reads its counters and state.
        KafkaSender sender = new KafkaSender(spool, topic, producer);
        heartbeat = new Heartbeat(agentId, unit, host, "0.1.0-test", topic, List.of(input), spool, sender, producer);
    }

    public String document() {
        return heartbeat.document();
    }

    /** Sends a heartbeat now and then every interval, as the agent does. */
    public void start(Duration interval) {
        heartbeat.start(interval);
    }

    @Override
    public void close() {
        heartbeat.close();
        spool.close();
    }
}
