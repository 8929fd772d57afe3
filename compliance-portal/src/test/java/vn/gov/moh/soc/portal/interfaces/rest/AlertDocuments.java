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
        return put(es, ns, id, doc);
    }

    /**
     * Writes an alert of a drill run (carrying its mark, as the correlation job copies it from the
     * run's events) with the triage times an analyst's acknowledgement and closing leave; null
     * times are left out. Returns its id.
     */
    public static String writeMarked(ElasticsearchEndpoint es, Namespace ns, Instant at, String ruleId, String ruleName, String unit,
            String mark, String status, Instant acknowledgedAt, Instant closedAt) throws Exception {
        String id = "it-drill-alert-" + COUNT.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        var doc = JSON.createObjectNode();
        doc.put("@timestamp", at.toString());
        doc.putObject("event").put("kind", "alert").put("id", id);
        doc.putObject("rule").put("id", ruleId).put("name", ruleName);
        doc.putObject("host").put("name", "his-web-1").putArray("ip").add("10.10.1.5");
        doc.putObject("organization").put("id", unit);
        doc.putObject("labels").put("soc_drill", mark);
        var alert = doc.putObject("soc").putObject("alert").put("priority", "P2").put("rule_level", "high").put("status", status)
                .put("group_key", "host.name=his-web-1").put("event_count", 3)
                .put("group", new AlertGroupName(ruleId, "host.name=his-web-1", false).value());
        if (acknowledgedAt != null) {
            alert.put("acknowledged_at", acknowledgedAt.toString());
        }
        if (closedAt != null) {
            alert.put("closed_at", closedAt.toString());
        }
        return put(es, ns, id, JSON.writeValueAsString(doc));
    }

    private static String put(ElasticsearchEndpoint es, Namespace ns, String id, String doc) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(es.url() + "/" + ns.alertsIndex() + "/_doc/" + id + "?refresh=true"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(doc)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        return id;
    }
}
