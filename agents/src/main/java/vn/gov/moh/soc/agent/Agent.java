package vn.gov.moh.soc.agent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import vn.gov.moh.soc.agent.config.AgentConfig;
import vn.gov.moh.soc.agent.file.FileInput;
import vn.gov.moh.soc.agent.pipeline.Input;
import vn.gov.moh.soc.agent.pipeline.Sink;
import vn.gov.moh.soc.agent.pipeline.SpoolingSink;
import vn.gov.moh.soc.agent.ship.Heartbeat;
import vn.gov.moh.soc.agent.ship.KafkaSender;
import vn.gov.moh.soc.agent.spool.Spool;
import vn.gov.moh.soc.agent.stdin.StdinInput;

/**
 * A running agent: inputs put envelopes into the spool; the sender drains it into Kafka; every
 * checkpoint interval the spool is forced to disk and then the inputs' positions are saved, so
 * a saved position never runs ahead of what the spool holds. {@link #close} is the graceful
 * stop (SIGTERM): inputs stop (at once if they wait for room in a full spool), a last checkpoint
 * is taken, what is in flight gets a bounded chance to reach Kafka (see {@link KafkaSender#close}),
 * the rest waits in the spool for the next start.
 */
public final class Agent implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Agent.class.getName());
    public static final String VERSION = Agent.class.getPackage().getImplementationVersion() == null ? "dev"
            : Agent.class.getPackage().getImplementationVersion();

    private final AgentConfig config;
    private final Spool spool;
    private final List<Input> inputs = new ArrayList<>();
    private final KafkaSender sender;
    private final Heartbeat heartbeat;
    private final ScheduledExecutorService checkpoints = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "soc-agent-checkpoint");
        t.setDaemon(true);
        return t;
    });
    private final MetricsServer metrics;
    private volatile boolean closed;

    public Agent(AgentConfig config) {
        this.config = config;
        Path state = config.agent().stateDir();
        this.spool = Spool.open(state.resolve("spool"), config.spool().maxBytes(), config.spool().segmentBytes());
        for (AgentConfig.InputSettings in : config.inputs()) {
            if (in instanceof AgentConfig.FileInput f) {
                inputs.add(new FileInput(f, config.agent().id(), state.resolve("registry").resolve(f.name() + ".json")));
            } else if (in instanceof AgentConfig.SyslogInput s) {
                inputs.add(SyslogInputs.create(s, config.agent().id()));
            } else if (in instanceof AgentConfig.StdinInput s) {
                inputs.add(new StdinInput(s, config.agent().id(), System.in));
            }
        }
        this.sender = new KafkaSender(spool, config.kafka().topic(), config.producerProperties());
        this.heartbeat = new Heartbeat(config.agent().id(), config.agent().unit(), config.agent().host(), VERSION,
                config.kafka().heartbeatTopic(), inputs, spool, sender, config.producerProperties());
        this.metrics = config.metricsListen() == null ? null : new MetricsServer(config.metricsListen(), this);
    }

    /** Starts sending, then reading. */
    public void start() throws IOException {
        sender.start();
        Sink sink = new SpoolingSink(spool);
        for (Input in : inputs) {
            in.start(sink);
        }
        long every = config.checkpointInterval().toMillis();
        checkpoints.scheduleWithFixedDelay(this::checkpointQuietly, every, every, TimeUnit.MILLISECONDS);
        // Records become visible to the sender sooner than the checkpoint forces them to disk.
        checkpoints.scheduleWithFixedDelay(spool::flush, 20, 20, TimeUnit.MILLISECONDS);
        heartbeat.start(config.heartbeatInterval());
        if (metrics != null) {
            metrics.start();
        }
        LOG.log(System.Logger.Level.INFO, "soc-agent {0} ({1}, unit {2}) started with {3} input(s), sending to {4}",
                config.agent().id(), VERSION, config.agent().unit(), inputs.size(), config.kafka().bootstrapServers());
    }

    /** Forces the spool to disk, then saves the positions the inputs had before. */
    public void checkpoint() {
        List<Runnable> commits = new ArrayList<>();
        for (Input in : inputs) {
            commits.add(in.prepareCommit());
        }
        spool.sync();
        commits.forEach(Runnable::run);
        spool.saveCursor();
    }

    private void checkpointQuietly() {
        try {
            checkpoint();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "checkpoint failed: " + e.getMessage(), e);
        }
    }

    public List<Input> inputs() {
        return inputs;
    }

    public Spool spool() {
        return spool;
    }

    public KafkaSender sender() {
        return sender;
    }

    public Heartbeat heartbeat() {
        return heartbeat;
    }

    /** Waits until every stdin input has ended and the spool is empty (pipe mode). */
    public void awaitDrained() throws InterruptedException {
        for (Input in : inputs) {
            if (in instanceof StdinInput s) {
                s.awaitEnd();
            }
        }
        spool.flush();
        while (spool.pendingBytes() > 0) {
            Thread.sleep(50);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        long started = System.nanoTime();
        LOG.log(System.Logger.Level.INFO, "soc-agent {0} stopping", config.agent().id());
        spool.stopWaiting(); // inputs waiting for room (Kafka away, spool full) stop now
        for (Input in : inputs) {
            in.close();
        }
        checkpoints.shutdownNow();
        try {
            checkpoints.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        checkpoint();
        if (metrics != null) {
            metrics.close();
        }
        heartbeat.close();
        sender.close();
        spool.close();
        LOG.log(System.Logger.Level.INFO, "soc-agent {0} stopped in {1} ms; {2} bytes wait in the spool for the next start",
                config.agent().id(), (System.nanoTime() - started) / 1_000_000, spool.pendingBytes());
    }
}
