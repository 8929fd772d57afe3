package vn.gov.moh.soc.portal.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.EventJson;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.portal.application.pipeline.TestRules;
import vn.gov.moh.soc.testkit.ElasticsearchEndpoint;
import vn.gov.moh.soc.testkit.RealStackExtension;

/**
 * The events and alerts of the event search's ITs (API and pages), written into the test class's
 * namespace as the correlation job writes them: events with soc-core's {@code EventJson} into the
 * daily index of their UTC day under their {@code event.id}, alerts into the alerts index. Two
 * hospitals: Bạch Mai (125 recent events, 5 of them sharing one timestamp) and Xanh Pôn (30), two
 * events 10 days old, and 8 alerts of three rules, some older than a day.
 */
public final class SeededSearch {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    public static final String BACH_MAI = "bv-bach-mai";
    public static final String XANH_PON = "bv-xanh-pon";
    /** The first seeded event; all recent events are within two hours of it. */
    public static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));
    public static final Instant TIE = T0.plus(Duration.ofMinutes(30)).plusSeconds(30);
    public static final Instant OLD = T0.minus(Duration.ofDays(10));
    public static final String RULE_FILES = "soc-ssh-bruteforce";
    public static final String RULE_DISABLED = "soc-rdp-spray";
    public static final String ALERT_BACH_MAI = "alert-bm-1";
    public static final String ALERT_XANH_PON = "alert-xp-1";
    /** Every seeded event by id, the expected answers are computed from it. */
    public static final Map<String, Event> SEEDED = new LinkedHashMap<>();

    private SeededSearch() {
    }

    /**
     * {@link PortalOnPayara} told the test kit's Elasticsearch and this class's namespace, which it
     * fills first: Arquillian starts the server before any {@code @BeforeAll}, and resolves no
     * parameter of one.
     */
    public static final class Portal extends PortalOnPayara {
        @Override
        protected List<String> serverOptions(ExtensionContext context) {
            ElasticsearchEndpoint es = RealStackExtension.elasticsearch(context);
            Namespace ns = RealStackExtension.namespace(context);
            try {
                seed(es, ns);
            } catch (Exception e) {
                throw new IllegalStateException("seeding " + es.url() + " failed", e);
            }
            return List.of("-Dportal.elasticsearch.url=" + es.url(), "-Dportal.elasticsearch.namespace=" + ns.prefix());
        }
    }

    private static Event event(String id, Instant at, String unit, String dataset, String host, String ip, String user,
            String outcome, String message) {
        Event e = new Event();
        e.put("@timestamp", at.toString());
        e.put("event.id", id);
        e.put("event.kind", "event");
        e.put("event.dataset", dataset);
        e.put("event.outcome", outcome);
        e.put("host.name", host);
        e.put("source.ip", ip);
        e.put("user.name", user);
        e.put("organization.id", unit);
        e.put("soc.system.name", unit.equals(BACH_MAI) ? "HIS Bạch Mai" : "Cổng Xanh Pôn");
        e.put("message", message);
        return e;
    }

    public static void seed(ElasticsearchEndpoint es, Namespace ns) throws Exception {
        for (int i = 0; i < 120; i++) {
            String host = i % 3 == 0 ? "bm-db-01" : "bm-web-01";
            String outcome = i % 4 == 0 ? "failure" : "success";
            String ip = i % 10 == 0 ? "2001:db8::5" : "10.10.1." + (i % 7 + 1);
            SEEDED.put("bm-" + i, event("bm-" + i, T0.plusSeconds(60L * i), BACH_MAI, "linux.auth", host, ip, "user" + (i % 5),
                    outcome, "sshd: " + outcome + " for user" + (i % 5)));
        }
        for (int i = 0; i < 30; i++) {
            SEEDED.put("xp-" + i, event("xp-" + i, T0.plusSeconds(240L * i), XANH_PON, "iis.access", "xp-web-01",
                    "203.0.113." + (i % 4 + 1), "guest", i % 2 == 0 ? "success" : "failure", "GET /portal/" + i));
        }
        for (int i = 0; i < 5; i++) {
            SEEDED.put("tie-" + i, event("tie-" + i, TIE, BACH_MAI, "linux.auth", "bm-web-01", "10.10.1.9", "root",
                    "failure", "sudo: 3 incorrect password attempts"));
        }
        SEEDED.put("old-0", event("old-0", OLD, BACH_MAI, "linux.auth", "bm-web-01", "10.10.1.1", "user0", "success", "old"));
        SEEDED.put("old-1", event("old-1", OLD.plusSeconds(5), XANH_PON, "iis.access", "xp-web-01", "203.0.113.1", "guest",
                "success", "old"));
        StringBuilder bulk = new StringBuilder();
        for (Event e : SEEDED.values()) {
            String index = ns.eventsIndex(e.timestamp().atOffset(ZoneOffset.UTC).toLocalDate());
            bulk.append("{\"index\":{\"_index\":\"").append(index).append("\",\"_id\":\"").append(e.text("event.id")).append("\"}}\n")
                    .append(new String(EventJson.write(e), StandardCharsets.UTF_8)).append('\n');
        }
        Instant now = Instant.now();
        alert(bulk, ns, ALERT_BACH_MAI, RULE_FILES, "SSH brute force", now.minus(Duration.ofHours(1)), BACH_MAI,
                List.of("bm-4", "bm-0", "bm-8", "bm-gone"));
        alert(bulk, ns, "alert-bm-2", RULE_FILES, "SSH brute force", now.minus(Duration.ofHours(2)), BACH_MAI, List.of("bm-12"));
        alert(bulk, ns, "alert-bm-3", RULE_FILES, "SSH brute force", now.minus(Duration.ofHours(23)), BACH_MAI, List.of("bm-16"));
        alert(bulk, ns, "alert-bm-4", RULE_FILES, "SSH brute force", now.minus(Duration.ofDays(3)), BACH_MAI, List.of());
        alert(bulk, ns, "alert-bm-5", RULE_FILES, "SSH brute force", now.minus(Duration.ofDays(4)), BACH_MAI, List.of());
        alert(bulk, ns, ALERT_XANH_PON, RULE_DISABLED, "RDP password spray", now.minus(Duration.ofHours(5)), XANH_PON, List.of("xp-1"));
        alert(bulk, ns, "alert-portal-1", TestRules.REFUSED_SUDO_ID, "Refused sudo (portal)", now.minus(Duration.ofMinutes(10)),
                BACH_MAI, List.of("tie-0"));
        alert(bulk, ns, "alert-portal-2", TestRules.REFUSED_SUDO_ID, "Refused sudo (portal)", now.minus(Duration.ofDays(2)),
                BACH_MAI, List.of());
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(es.url() + "/_bulk?refresh=true"))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(bulk.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(PortalClient.JSON.readTree(r.body()).path("errors").asBoolean()).as(r.body()).isFalse();
    }

    private static void alert(StringBuilder bulk, Namespace ns, String id, String ruleId, String ruleName, Instant at, String unit,
            List<String> eventIds) {
        Event a = new Event();
        a.put("@timestamp", at.toString());
        a.put("event.id", id);
        a.put("event.kind", "alert");
        a.put("rule.id", ruleId);
        a.put("rule.name", ruleName);
        a.put("organization.id", unit);
        a.put("soc.alert.status", "open");
        a.put("soc.alert.event_ids", eventIds);
        a.put("soc.alert.event_count", (long) Math.max(1, eventIds.size()));
        bulk.append("{\"index\":{\"_index\":\"").append(ns.alertsIndex()).append("\",\"_id\":\"").append(id).append("\"}}\n")
                .append(new String(EventJson.write(a), StandardCharsets.UTF_8)).append('\n');
    }
}
