package vn.gov.moh.soc.portal.infrastructure.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.moh.soc.core.naming.Namespace;

/**
 * Where the portal publishes: {@code portal.kafka.bootstrap-servers} (none: publishing disabled,
 * changes stay in the outbox until it is configured) and {@code portal.kafka.namespace} (the topic
 * prefix, empty in production).
 */
@ApplicationScoped
public class PipelineSettings {
    private static final Logger LOG = Logger.getLogger(PipelineSettings.class.getName());

    @Inject
    @ConfigProperty(name = "portal.kafka.bootstrap-servers")
    Optional<String> bootstrapServers;
    /** Optional, not a default of "": MicroProfile Config treats an empty value as missing. */
    @Inject
    @ConfigProperty(name = "portal.kafka.namespace")
    Optional<String> namespaceName;

    private Namespace namespace;
    private String problem;

    @PostConstruct
    void read() {
        try {
            namespace = Namespace.of(namespaceName.orElse("").strip());
        } catch (IllegalArgumentException e) {
            problem = "portal.kafka.namespace: " + e.getMessage();
        }
        if (problem == null && bootstrapServers.map(String::isBlank).orElse(true)) {
            problem = "portal.kafka.bootstrap-servers is not set";
        }
        if (problem != null) {
            LOG.warning(() -> "publishing to the SOC pipeline is DISABLED (" + problem
                    + "): changes of systems and rules are kept in the outbox and sent once Kafka is configured");
        } else {
            LOG.info(() -> "publishing to the SOC pipeline at " + bootstrapServers.get() + ", namespace '"
                    + namespace.prefix() + "'");
        }
    }

    public boolean enabled() {
        return problem == null;
    }

    /** Why publishing is disabled; null when enabled. */
    public String disabledReason() {
        return problem;
    }

    public String bootstrapServers() {
        return bootstrapServers.orElse("");
    }

    public Namespace namespace() {
        return namespace == null ? Namespace.PRODUCTION : namespace;
    }
}
