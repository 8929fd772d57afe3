package vn.gov.moh.soc.portal.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import vn.gov.moh.soc.portal.infrastructure.messaging.JpaOutbox;
import vn.gov.moh.soc.portal.infrastructure.messaging.PipelineSettings;

/**
 * Publishing to the SOC pipeline: {@code publishing} is {@code enabled} or {@code disabled} (with the
 * reason), with the outbox's backlog and the last error. It stays UP either way: the portal serves its
 * users without Kafka, and nothing is lost while the backlog waits; monitoring reads the data.
 */
@Readiness
@ApplicationScoped
public class PipelinePublishing implements HealthCheck {
    @Inject
    PipelineSettings settings;
    @Inject
    JpaOutbox outbox;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("soc-pipeline").up()
                .withData("publishing", settings.enabled() ? "enabled" : "disabled")
                .withData("namespace", settings.namespace().prefix());
        if (!settings.enabled()) {
            b.withData("reason", settings.disabledReason());
        }
        try {
            JpaOutbox.Backlog backlog = outbox.backlog();
            b.withData("pending", backlog.pending());
            backlog.oldest().ifPresent(t -> b.withData("oldestPendingSeconds", Duration.between(t, Instant.now()).toSeconds()));
            backlog.lastError().ifPresent(e -> b.withData("lastError", e));
        } catch (RuntimeException e) {
            b.withData("backlog", "unknown: " + e.getMessage());
        }
        return b.build();
    }
}
