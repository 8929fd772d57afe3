package vn.gov.moh.soc.portal.infrastructure.search;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.moh.soc.core.naming.Namespace;

/**
 * Where the SOC console reads events and alerts: {@code portal.elasticsearch.url} (one or more
 * comma-separated {@code http(s)://host:port}; none: the console answers that search is not
 * configured), optional {@code portal.elasticsearch.username} / {@code .password}, and the
 * namespace of the indices ({@code portal.elasticsearch.namespace}, by default the pipeline's
 * {@code portal.kafka.namespace}, so one setting names the pipeline the portal belongs to).
 */
@ApplicationScoped
public class SearchSettings {
    private static final Logger LOG = Logger.getLogger(SearchSettings.class.getName());

    @Inject
    @ConfigProperty(name = "portal.elasticsearch.url")
    Optional<String> url;
    @Inject
    @ConfigProperty(name = "portal.elasticsearch.username")
    Optional<String> username;
    @Inject
    @ConfigProperty(name = "portal.elasticsearch.password")
    Optional<String> password;
    @Inject
    @ConfigProperty(name = "portal.elasticsearch.namespace")
    Optional<String> namespaceName;
    @Inject
    @ConfigProperty(name = "portal.kafka.namespace")
    Optional<String> pipelineNamespace;

    private final List<URI> hosts = new ArrayList<>();
    private Namespace namespace = Namespace.PRODUCTION;
    private String problem;

    @PostConstruct
    void read() {
        problem = parse(url.orElse(""), namespaceName.or(() -> pipelineNamespace).orElse(""));
        if (problem != null) {
            LOG.warning(() -> "the SOC console's search is DISABLED: " + problem);
        } else {
            LOG.info(() -> "SOC console reads Elasticsearch at " + hosts + ", namespace '" + namespace.prefix() + "'");
        }
    }

    /** Fills the hosts and namespace; the problem that disables search, or null. */
    String parse(String urls, String prefix) {
        hosts.clear();
        try {
            namespace = Namespace.of(prefix.strip());
        } catch (IllegalArgumentException e) {
            return "portal.elasticsearch.namespace: " + e.getMessage();
        }
        if (urls.isBlank()) {
            return "portal.elasticsearch.url is not set";
        }
        for (String part : urls.split(",")) {
            String text = part.strip();
            try {
                URI u = new URI(text);
                if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null
                        || u.getPort() < 0) {
                    return "portal.elasticsearch.url: '" + text + "' is not http(s)://host:port";
                }
                hosts.add(u);
            } catch (URISyntaxException e) {
                return "portal.elasticsearch.url: '" + text + "' is not a URL (" + e.getReason() + ")";
            }
        }
        return null;
    }

    public boolean enabled() {
        return problem == null;
    }

    /** Why search is disabled; null when enabled. */
    public String disabledReason() {
        return problem;
    }

    public List<URI> hosts() {
        return List.copyOf(hosts);
    }

    public Optional<String> username() {
        return username.filter(s -> !s.isBlank());
    }

    public String password() {
        return password.orElse("");
    }

    public Namespace namespace() {
        return namespace;
    }
}
