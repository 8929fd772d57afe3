package vn.gov.moh.soc.portal.infrastructure.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the relay on the server's managed scheduler once the schema is migrated: every
 * {@code portal.outbox.poll-millis} (default 500) it sends what is pending, in rounds of 200 rows
 * while rounds come back full. A failed round is logged once per distinct error and retried on the
 * next tick. Nothing runs when publishing is disabled.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class OutboxPublisher {
    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class.getName());
    private static final int BATCH = 200;

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    PipelineSettings settings;
    @Inject
    JpaOutbox outbox;
    @Inject
    @ConfigProperty(name = "portal.outbox.poll-millis", defaultValue = "500")
    long pollMillis;

    private KafkaRecordSender sender;
    private ScheduledFuture<?> task;
    private volatile String lastError;

    @PostConstruct
    void start() {
        if (!settings.enabled()) {
            return;
        }
        sender = new KafkaRecordSender(settings.bootstrapServers(), settings.namespace());
        OutboxRelay relay = new OutboxRelay(outbox, sender, Duration.ofSeconds(40));
        task = scheduler.scheduleWithFixedDelay(() -> tick(relay), pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    private void tick(OutboxRelay relay) {
        try {
            OutboxRelay.Round round;
            do {
                round = relay.drain(BATCH);
            } while (round.error() == null && round.sent() == BATCH);
            if (round.error() != null && !round.error().equals(lastError)) {
                LOG.warning("could not publish to the SOC pipeline, will retry: " + round.error());
            } else if (round.error() == null && lastError != null) {
                LOG.info("publishing to the SOC pipeline again");
            }
            lastError = round.error();
        } catch (RuntimeException e) {
            // A failing database must not end the schedule (a thrown exception would cancel it).
            LOG.log(Level.WARNING, "outbox round failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
        if (sender != null) {
            sender.close();
        }
    }
}
