package vn.gov.moh.soc.portal.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.sigma.AlertGroupName;
import vn.gov.moh.soc.testkit.ElasticsearchEndpoint;

/** Alert documents written into a namespace's alerts index as the correlation job writes them (ECS, nested objects). */
public final class AlertDocuments {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger COUNT = new AtomicInteger();

    private AlertDocuments() {
    }

    /** Writes one and makes it searchable at once; returns its id. */
    public static String write(ElasticsearchEndpoint es, Namespace ns, Instant at, String ruleLevel, String priority, String unit,
            String system, String systemName, int level, String sourceIp, String status) throws Exception {
        String id = "it-alert-" + COUNT.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String doc = """
                {"@timestamp":"%s","event":{"kind":"alert","id":"%s"},"rule":{"id":"r-ssh","name":"SSH brute force"},
                 "host":{"name":"his-web-1","ip":["10.10.1.5"]},"source":{"ip":"%s"},"user":{"name":"root"},
                 "organization":{"id":"%s"},
                 "soc":{"system":{"id":"%s","name":"%s","level":%d},
                        "alert":{"priority":"%s","rule_level":"%s","status":"%s","group_key":"source.ip=%s","group":%s,"event_count":7}},
                 "threat":{"tactic":{"name":"credential_access"},"technique":{"id":"T1110"}}}
                """.formatted(at, id, sourceIp, unit, system, systemName, level, priority, ruleLevel, status, sourceIp,
                        JSON.writeValueAsString(new AlertGroupName("r-ssh", "source.ip=" + sourceIp, false).value()));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(es.url() + "/" + ns.alertsIndex() + "/_doc/" + id + "?refresh=true"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(doc)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        return id;
    }
}
