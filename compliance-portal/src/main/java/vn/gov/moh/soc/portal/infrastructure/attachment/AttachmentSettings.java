package vn.gov.moh.soc.portal.infrastructure.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentRules;
import vn.gov.moh.soc.portal.domain.model.attachment.VirusScanner;

/**
 * The attachment settings (MicroProfile Config; defaults in {@code microprofile-config.properties}):
 * <ul>
 * <li>{@code portal.attachments.max-bytes}: the largest accepted file;</li>
 * <li>{@code portal.attachments.allowed-types}: media types, comma-separated, as the content shows them;</li>
 * <li>{@code portal.attachments.folder}: where accepted files are kept;</li>
 * <li>{@code portal.attachments.clamd.host} / {@code .port} / {@code .timeout-seconds}: a ClamAV daemon
 * to scan every upload; without a host, files are kept as not scanned.</li>
 * </ul>
 */
@ApplicationScoped
public class AttachmentSettings {
    private static final Logger LOG = Logger.getLogger(AttachmentSettings.class.getName());
    @Inject
    @ConfigProperty(name = "portal.attachments.max-bytes")
    long maxBytes;
    @Inject
    @ConfigProperty(name = "portal.attachments.allowed-types")
    List<String> allowedTypes;
    @Inject
    @ConfigProperty(name = "portal.attachments.clamd.host")
    Optional<String> clamdHost;
    @Inject
    @ConfigProperty(name = "portal.attachments.clamd.port", defaultValue = "3310")
    int clamdPort;
    @Inject
    @ConfigProperty(name = "portal.attachments.clamd.timeout-seconds", defaultValue = "30")
    int clamdTimeoutSeconds;

    /**
     * Resolves the rules at deployment, so a wrong setting stops the portal naming it rather than
     * failing the first upload. (A missing {@code portal.attachments.folder} already fails the
     * deployment: MicroProfile Config checks every injected property then.)
     */
    void checkAtDeployment(@Observes @Initialized(ApplicationScoped.class) Object started, AttachmentRules rules) {
        LOG.info(() -> "attachments: at most " + rules.maxBytes() + " bytes, types " + rules.allowedTypes());
    }

    /** A record is not proxyable: a pseudo-scoped singleton, read once. */
    @Produces
    @Singleton
    AttachmentRules rules() {
        try {
            return new AttachmentRules(maxBytes, new HashSet<>(allowedTypes));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("portal.attachments.*: " + e.getMessage(), e);
        }
    }

    @Produces
    @Singleton
    VirusScanner scanner() {
        return clamdHost.filter(h -> !h.isBlank())
                .<VirusScanner>map(h -> new ClamdVirusScanner(h.strip(), clamdPort, Duration.ofSeconds(clamdTimeoutSeconds)))
                .orElseGet(UnscannedVirusScanner::new);
    }
}
