package vn.gov.moh.soc.portal.infrastructure.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import vn.gov.moh.soc.core.naming.Namespace;

/**
 * The one Elasticsearch client of the portal, built on first use from {@link SearchSettings} and
 * closed with the application. Queries time out rather than hold a request thread: the console
 * answers "search unavailable" and the database-backed pages go on working.
 */
@ApplicationScoped
public class SearchClient {
    private static final Logger LOG = Logger.getLogger(SearchClient.class.getName());
    private static final int CONNECT_TIMEOUT_MILLIS = 3_000;
    private static final int SOCKET_TIMEOUT_MILLIS = 20_000;

    @Inject
    SearchSettings settings;

    private RestClient rest;
    private ElasticsearchClient client;

    /** The client; throws {@link SearchUnavailableException} when search is not configured. */
    public synchronized ElasticsearchClient client() {
        if (!settings.enabled()) {
            throw new SearchUnavailableException("search is not configured: " + settings.disabledReason(), null);
        }
        if (client == null) {
            HttpHost[] hosts = settings.hosts().stream().map(u -> new HttpHost(u.getHost(), u.getPort(), u.getScheme()))
                    .toArray(HttpHost[]::new);
            RestClientBuilder builder = RestClient.builder(hosts).setRequestConfigCallback(
                    r -> r.setConnectTimeout(CONNECT_TIMEOUT_MILLIS).setSocketTimeout(SOCKET_TIMEOUT_MILLIS));
            settings.username().ifPresent(user -> builder.setHttpClientConfigCallback(http -> {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(user, settings.password()));
                return http.setDefaultCredentialsProvider(credentials);
            }));
            rest = builder.build();
            client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
        }
        return client;
    }

    /** The namespace whose indices the console reads (soc-core's index names). */
    public Namespace namespace() {
        return settings.namespace();
    }

    /** Wraps a failed call so callers see one exception type that names Elasticsearch. */
    public static SearchUnavailableException unavailable(String what, Exception cause) {
        return new SearchUnavailableException(what + ": Elasticsearch did not answer (" + cause.getMessage() + ")", cause);
    }

    @PreDestroy
    synchronized void close() {
        if (rest != null) {
            try {
                rest.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "closing the Elasticsearch client", e);
            }
        }
    }
}
