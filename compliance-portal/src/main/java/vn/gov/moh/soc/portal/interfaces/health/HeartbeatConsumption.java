package vn.gov.moh.soc.portal.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import vn.gov.moh.soc.portal.infrastructure.coverage.HeartbeatConsumer;

/**
 * {@code soc-coverage}: whether the heartbeat consumer runs, how many heartbeats it stored and
 * skipped since deployment, its last error. UP either way, like publishing: the portal serves its
 * users without it, and coverage then shows hosts as not shipping.
 */
@Readiness
@ApplicationScoped
public class HeartbeatConsumption implements HealthCheck {
    @Inject
    HeartbeatConsumer consumer;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("soc-coverage").up()
                .withData("consumer", consumer.running() ? "running" : "stopped")
                .withData("stored", consumer.stored()).withData("skipped", consumer.skipped());
        if (consumer.lastPoll() != null) {
            b.withData("lastPoll", consumer.lastPoll().toString());
        }
        if (consumer.lastError() != null) {
            b.withData("lastError", consumer.lastError());
        }
        return b.build();
    }
}
