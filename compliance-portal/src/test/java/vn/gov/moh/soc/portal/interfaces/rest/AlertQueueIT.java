package vn.gov.moh.soc.portal.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.EventJson;
import vn.gov.moh.soc.core.event.LogSource;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.sigma.Alert;
import vn.gov.moh.soc.core.sigma.AlertDocument;
import vn.gov.moh.soc.core.sigma.AlertGroupName;
import vn.gov.moh.soc.core.sigma.correlation.CorrelationAlert;
import vn.gov.moh.soc.core.sigma.rule.CorrelationRule;
import vn.gov.moh.soc.core.sigma.rule.SigmaRule;
import vn.gov.moh.soc.core.sigma.rule.SigmaRuleParser;
import vn.gov.moh.soc.portal.interfaces.rest.PortalClient.Answer;
import vn.gov.moh.soc.portal.interfaces.web.HeadlessChromium;
import vn.gov.moh.soc.portal.interfaces.web.PortalClientRedirects;
import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.testkit.ElasticsearchEndpoint;
import vn.gov.moh.soc.testkit.RealStack;
import vn.gov.moh.soc.testkit.RealStackExtension;

/**
 * The SOC console's alert queue on a real Payara Micro reading the test kit's Elasticsearch: the
 * namespace's alerts index gets soc-core's templates (installed by the kit as the stack installs
 * them) and 75 alert documents built with soc-core's {@code AlertDocument} (rule matches and
 * correlations, enriched like the job enriches them) in two units. Then: every filter, paging with
 * {@code after} across the whole queue in two orders (no alert twice, none missing), the groups and
 * their counts, triage written into the documents and audited, the officers' unit scope, the
 * authorization matrix of every endpoint, bad parameters (400 naming them) and Elasticsearch not
 * answering (503, the database's pages still working). The portal reaches Elasticsearch through a
 * {@link SwitchableProxy} so that the last can be tested.
 */
@RealStack
@ExtendWith(AlertQueueIT.PortalWithSearch.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlertQueueIT {
    private static final String BACH_MAI = "bv-bach-mai";
    private static final String XANH_PON = "bv-xanh-pon";
    private static final Instant BASE = Instant.parse("2026-11-30T00:00:00Z");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static SwitchableProxy proxy;
    /** Set before Arquillian starts (Arquillian resolves no parameter of a {@code @BeforeAll} method). */
    private static String elasticsearchUrl;
    private static Namespace namespace;
    private static PortalClient portal;
    /** Every seeded alert's document as the portal should read it, by id. */
    private static final Map<String, Event> SEEDED = new LinkedHashMap<>();

    /** {@link PortalOnPayara} with the test kit's Elasticsearch (through the proxy) and this class's namespace. */
    public static final class PortalWithSearch extends PortalOnPayara {
        @Override
        protected List<String> serverOptions(ExtensionContext context) {
            try {
                elasticsearchUrl = RealStackExtension.elasticsearch(context).url();
                namespace = RealStackExtension.namespace(context);
                proxy = new SwitchableProxy(URI.create(elasticsearchUrl));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return List.of("-Dportal.elasticsearch.url=" + proxy.url(),
                    "-Dportal.elasticsearch.namespace=" + RealStackExtension.namespace(context).prefix());
        }
    }

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.it.war")));
    }

    private PortalClient client() throws Exception {
        if (portal == null) {
            seed();
            portal = new PortalClient(base);
        }
        return portal;
    }

    // ---- the seeded alerts ----

    private static final SigmaRule SSH = SigmaRuleParser.parse("""
            title: Portal IT failed SSH password
            id: portal-it-ssh-failed
            level: medium
            tags: [attack.credential_access, attack.t1110.001]
            logsource: {product: linux, service: sshd}
            detection:
              selection: {message|contains: 'Failed password'}
              condition: selection
            """, "it").rules().get(0);
    private static final SigmaRule SQLI = SigmaRuleParser.parse("""
            title: Portal IT SQL injection in a request
            id: portal-it-sqli
            level: high
            tags: [attack.initial_access, attack.t1190]
            logsource: {category: webserver}
            detection:
              selection: {url.original|contains: 'union select'}
              condition: selection
            """, "it").rules().get(0);
    private static final CorrelationRule BRUTE = SigmaRuleParser.parse("""
            title: Portal IT brute force from one source
            id: portal-it-brute-force
            level: critical
            tags: [attack.credential_access, attack.t1110]
            correlation:
              type: event_count
              rules: [portal-it-ssh-failed]
              group-by: [source.ip]
              timespan: 5m
              condition: {gte: 5}
            """, "it").correlations().get(0);

    private record Target(String unit, String host, String systemId, String systemName, int level) {
    }

    private static final Target HIS = new Target(BACH_MAI, "his-web-01", "101", "HIS Bạch Mai", 3);
    private static final Target PACS = new Target(XANH_PON, "pacs-01", "202", "PACS Xanh Pôn", 2);

    /** The job's enrichment: unit, system and priority (soc-core's table: medium on 3 is P3, high P2, critical P1; medium on 2 P3). */
    private static void enrich(Event doc, Target t, String priority) {
        doc.put("organization.id", t.unit()).put("soc.system.id", t.systemId()).put("soc.system.name", t.systemName())
                .put("soc.system.level", (long) t.level()).put("soc.alert.priority", priority);
    }

    private static void ruleMatch(SigmaRule rule, Target t, int n, String priority, String eventId) {
        Map<String, Object> f = new HashMap<>();
        // Two alerts per minute: equal timestamps, so the id must break the tie between pages.
        f.put("@timestamp", BASE.plusSeconds(60L * (n / 2)).toString());
        f.put("event.id", eventId);
        f.put("host.name", t.host());
        f.put("source.ip", "10.9.0." + (n % 200));
        f.put("user.name", "user" + n);
        f.put("message", "test event " + n);
        Alert alert = new Alert.RuleMatch(rule, new Event(f, LogSource.UNKNOWN));
        Event doc = AlertDocument.of(alert);
        enrich(doc, t, priority);
        SEEDED.put(AlertDocument.id(alert), doc);
    }

    private static void correlation(Target t, String sourceIp, int n) {
        Instant end = BASE.plusSeconds(60L * n + 30);
        CorrelationAlert c = new CorrelationAlert(BRUTE, Map.of("source.ip", sourceIp), end.minusSeconds(300), end, 8, 8,
                List.of("ev-" + sourceIp + "-" + n));
        Alert alert = new Alert.Correlation(c);
        Event doc = AlertDocument.of(alert);
        enrich(doc, t, "P1");
        // A correlation names every host its events aimed at: grouping must still count it once.
        doc.put("host.name", List.of(t.host(), t.host() + "-b"));
        SEEDED.put(AlertDocument.id(alert), doc);
    }

    /** Names the test kit's Elasticsearch, so that the kit starts it and installs the namespace's templates. */
    @Test
    @Order(0)
    void theAlertsIndexHasSocCoresTemplate(ElasticsearchEndpoint es, Namespace ns) throws Exception {
        client();
        HttpResponse<String> mapping = HTTP.send(HttpRequest.newBuilder(URI.create(es.url() + "/" + ns.alertsIndex() + "/_mapping")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode alert = PortalClient.JSON.readTree(mapping.body()).path(ns.alertsIndex()).at("/mappings/properties/soc/properties/alert/properties");
        assertThat(alert.at("/status/type").asText()).isEqualTo("keyword");
        assertThat(alert.at("/triaged_at/type").asText()).isEqualTo("date");
    }

    private static void seed() throws Exception {
        String esUrl = elasticsearchUrl;
        Namespace ns = namespace;
        int n = 0;
        for (int i = 0; i < 30; i++) {
            ruleMatch(SSH, HIS, n++, "P3", "ssh-his-" + i);
        }
        for (int i = 0; i < 10; i++) {
            ruleMatch(SSH, PACS, n++, "P3", "ssh-pacs-" + i);
        }
        for (int i = 0; i < 25; i++) {
            ruleMatch(SQLI, HIS, n++, "P2", "sqli-his-" + i);
        }
        for (int i = 0; i < 6; i++) {
            correlation(HIS, "203.0.113.7", i * 7);
        }
        for (int i = 0; i < 4; i++) {
            correlation(PACS, "198.51.100.9", i * 11);
        }
        StringBuilder bulk = new StringBuilder();
        for (Map.Entry<String, Event> e : SEEDED.entrySet()) {
            bulk.append("{\"index\":{\"_index\":\"").append(ns.alertsIndex()).append("\",\"_id\":\"").append(e.getKey()).append("\"}}\n")
                    .append(new String(EventJson.write(e.getValue()), StandardCharsets.UTF_8)).append('\n');
        }
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(esUrl + "/_bulk?refresh=true"))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(bulk.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).as("every document indexed").contains("\"errors\":false");
        assertThat(SEEDED).hasSize(75);
    }

    private static Set<String> seededIds(Predicate<Event> p) {
        return SEEDED.entrySet().stream().filter(e -> p.test(e.getValue())).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static Predicate<Event> unit(String unit) {
        return e -> unit.equals(e.text("organization.id"));
    }

    private static Predicate<Event> rule(String id) {
        return e -> id.equals(e.text("rule.id"));
    }

    /** Every id of the queue for the query, walking the pages with {@code after}; fails on an id seen twice. */
    private List<String> walk(DemoUser user, String query, int size) throws Exception {
        List<String> ids = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Answer a = client().call("GET", "/api/alerts?size=" + size + (query.isEmpty() ? "" : "&" + query)
                    + (after == null ? "" : "&after=" + after), user, null);
            assertThat(a.status()).as(a.toString()).isEqualTo(200);
            a.body().path("items").forEach(i -> ids.add(i.path("id").asText()));
            after = a.body().path("next").isNull() ? null : a.body().path("next").asText();
            assertThat(++pages).as("pages").isLessThan(200);
        } while (after != null);
        assertThat(new HashSet<>(ids)).as("no alert on two pages").hasSameSizeAs(ids);
        return ids;
    }

    private Set<String> ids(DemoUser user, String query) throws Exception {
        return new HashSet<>(walk(user, query, 200));
    }

    // ---- filters, paging, groups ----

    @Test
    @Order(1)
    void everyFilterFindsExactlyTheAlertsItNames() throws Exception {
        DemoUser a = DemoUser.ANALYST;
        assertThat(ids(a, "")).isEqualTo(SEEDED.keySet());
        assertThat(ids(a, "priority=P1")).isEqualTo(seededIds(rule("portal-it-brute-force")));
        assertThat(ids(a, "priority=P1,P2")).isEqualTo(seededIds(rule("portal-it-brute-force").or(rule("portal-it-sqli"))));
        assertThat(ids(a, "ruleLevel=high")).isEqualTo(seededIds(rule("portal-it-sqli")));
        assertThat(ids(a, "unit=" + XANH_PON)).isEqualTo(seededIds(unit(XANH_PON))).hasSize(14);
        assertThat(ids(a, "system=101")).isEqualTo(seededIds(unit(BACH_MAI))).hasSize(61);
        assertThat(ids(a, "systemLevel=2")).isEqualTo(seededIds(unit(XANH_PON)));
        assertThat(ids(a, "rule=portal-it-sqli")).hasSize(25);
        assertThat(ids(a, "tactic=initial_access")).isEqualTo(seededIds(rule("portal-it-sqli")));
        assertThat(ids(a, "technique=T1110.001")).isEqualTo(seededIds(rule("portal-it-ssh-failed"))).hasSize(40);
        assertThat(ids(a, "technique=t1110&unit=" + XANH_PON)).hasSize(4);
        assertThat(ids(a, "status=open")).hasSize(75);
        assertThat(ids(a, "status=acknowledged")).isEmpty();
        assertThat(ids(a, "q=" + enc("sql injection"))).as("words of the rule's name").isEqualTo(seededIds(rule("portal-it-sqli")));
        assertThat(ids(a, "q=PACS")).as("a host name's start, any case").isEqualTo(seededIds(unit(XANH_PON)));
        Instant from = BASE.plusSeconds(600);
        Instant to = BASE.plusSeconds(1200);
        assertThat(ids(a, "from=" + from + "&to=" + to)).isEqualTo(seededIds(e -> {
            Instant t = e.timestamp();
            return !t.isBefore(from) && t.isBefore(to);
        })).isNotEmpty();
        Answer first = client().call("GET", "/api/alerts?size=5", a, null);
        assertThat(first.body().path("total").asLong()).isEqualTo(75);
        assertThat(first.body().path("totalIsLowerBound").asBoolean()).isFalse();
        JsonNode row = first.body().path("items").get(0);
        assertThat(row.path("rule").path("name").asText()).isNotBlank();
        assertThat(row.path("units").get(0).asText()).isIn(BACH_MAI, XANH_PON);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    @Order(2)
    void pagesWalkTheWholeQueueInOrderWithoutRepeatingOrSkippingAnAlert() throws Exception {
        List<String> byTime = walk(DemoUser.ANALYST, "sort=-time", 7);
        assertThat(byTime).containsExactlyInAnyOrderElementsOf(SEEDED.keySet());
        List<Instant> times = byTime.stream().map(id -> SEEDED.get(id).timestamp()).toList();
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i)).as("newest first").isBeforeOrEqualTo(times.get(i - 1));
        }
        List<String> byPriority = walk(DemoUser.ANALYST, "sort=priority", 8);
        assertThat(byPriority).containsExactlyInAnyOrderElementsOf(SEEDED.keySet());
        List<String> priorities = byPriority.stream().map(id -> SEEDED.get(id).text("soc.alert.priority")).toList();
        assertThat(priorities).isSorted();
        assertThat(priorities.get(0)).isEqualTo("P1");
        assertThat(walk(DemoUser.ANALYST, "sort=rule", 9)).containsExactlyInAnyOrderElementsOf(SEEDED.keySet());

        Answer next = client().call("GET", "/api/alerts?size=7&sort=-time", DemoUser.ANALYST, null);
        String cursor = next.body().path("next").asText();
        Answer otherOrder = client().call("GET", "/api/alerts?size=7&sort=priority&after=" + cursor, DemoUser.ANALYST, null);
        assertThat(otherOrder.status()).as("a cursor of another order").isEqualTo(400);
        assertThat(otherOrder.body().path("field").asText()).isEqualTo("after");
    }

    @Test
    @Order(3)
    void alertsOfOneRuleAndGroupKeyOrHostAreOneRowWithTheirCountAndFirstAndLastSeen() throws Exception {
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        String after = null;
        do {
            Answer a = client().call("GET", "/api/alerts/groups?size=2" + (after == null ? "" : "&after=" + after), DemoUser.ANALYST, null);
            assertThat(a.status()).as(a.toString()).isEqualTo(200);
            for (JsonNode g : a.body().path("items")) {
                String name = g.path("rule").asText() + " | " + g.path("key").asText();
                assertThat(rows.put(name, g)).as("group " + name + " on two pages").isNull();
            }
            after = a.body().path("next").isNull() ? null : a.body().path("next").asText();
        } while (after != null);

        assertThat(rows.keySet()).containsExactlyInAnyOrder(
                "portal-it-brute-force | source.ip=198.51.100.9", "portal-it-brute-force | source.ip=203.0.113.7",
                "portal-it-sqli | his-web-01", "portal-it-ssh-failed | his-web-01", "portal-it-ssh-failed | pacs-01");
        assertThat(rows.values().stream().mapToLong(g -> g.path("count").asLong()).sum()).as("each alert in one group").isEqualTo(75);
        JsonNode brute = rows.get("portal-it-brute-force | source.ip=203.0.113.7");
        assertThat(brute.path("count").asLong()).isEqualTo(6);
        assertThat(brute.path("keyIsHost").asBoolean()).isFalse();
        assertThat(brute.path("topPriority").asText()).isEqualTo("P1");
        assertThat(brute.path("firstSeen").asText()).isEqualTo(BASE.plusSeconds(30).toString());
        assertThat(brute.path("lastSeen").asText()).isEqualTo(BASE.plusSeconds(60L * 35 + 30).toString());
        assertThat(brute.path("statuses").path("open").asLong()).isEqualTo(6);
        JsonNode sqli = rows.get("portal-it-sqli | his-web-01");
        assertThat(sqli.path("count").asLong()).isEqualTo(25);
        assertThat(sqli.path("keyIsHost").asBoolean()).isTrue();
        assertThat(sqli.path("latest").path("rule").path("name").asText()).isEqualTo("Portal IT SQL injection in a request");
        assertThat(rows.get("portal-it-ssh-failed | pacs-01").path("count").asLong()).isEqualTo(10);

        Answer filtered = client().call("GET", "/api/alerts/groups?unit=" + XANH_PON, DemoUser.ANALYST, null);
        assertThat(filtered.body().path("items")).hasSize(2);
    }

    // ---- triage ----

    private List<String> auditedAlerts(String actor) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(PortalOnPayara.jdbcUrl, PortalOnPayara.jdbcUser, PortalOnPayara.jdbcPassword);
             PreparedStatement s = c.prepareStatement(
                     "select entity_id from audit_record where action = 'alert.triage' and entity_type = 'alert' and actor = ? order by position")) {
            s.setString(1, actor);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        return ids;
    }

    private Answer triage(DemoUser user, String query, Map<String, Object> body) throws Exception {
        return client().call("POST", "/api/alerts/triage" + query, user, body);
    }

    @Test
    @Order(4)
    void triageWritesStatusWhoWhenAndWhyIntoTheDocumentsAndAuditsEachAlert() throws Exception {
        List<String> ssh = new ArrayList<>(seededIds(rule("portal-it-ssh-failed").and(unit(BACH_MAI))));
        List<String> three = ssh.subList(0, 3);
        long audit = client().auditRecords();
        int auditedBefore = auditedAlerts("analyst").size();

        Answer ack = triage(DemoUser.ANALYST, "", Map.of("ids", three, "status", "acknowledged"));

        assertThat(ack.status()).as(ack.toString()).isEqualTo(200);
        assertThat(ack.body().path("changed")).hasSize(3);
        assertThat(ids(DemoUser.ANALYST, "status=acknowledged")).containsExactlyInAnyOrderElementsOf(three);
        Answer detail = client().call("GET", "/api/alerts/" + three.get(0), DemoUser.AUDITOR, null);
        assertThat(detail.body().path("status").asText()).isEqualTo("acknowledged");
        assertThat(detail.body().path("triage").path("by").asText()).isEqualTo("analyst");
        assertThat(Instant.parse(detail.body().path("triage").path("at").asText())).isAfter(Instant.now().minusSeconds(120));
        assertThat(detail.body().at("/document/soc/alert/status").asText()).as("nested, one value").isEqualTo("acknowledged");
        assertThat(detail.body().at("/document/rule/id").asText()).isEqualTo("portal-it-ssh-failed");
        assertThat(client().auditRecords()).isEqualTo(audit + 3);
        assertThat(auditedAlerts("analyst").subList(auditedBefore, auditedBefore + 3)).containsExactlyInAnyOrderElementsOf(three);

        Answer again = triage(DemoUser.ANALYST, "", Map.of("ids", three, "status", "acknowledged"));
        assertThat(again.body().path("unchanged")).as("already acknowledged: nothing written").hasSize(3);
        assertThat(client().auditRecords()).isEqualTo(audit + 3);

        Answer noReason = triage(DemoUser.ANALYST, "", Map.of("group", Map.of("rule", "portal-it-brute-force",
                "key", "source.ip=203.0.113.7"), "status", "false_positive"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().path("field").asText()).isEqualTo("reason");

        Answer closeGroup = triage(DemoUser.ADMIN, "?unit=" + BACH_MAI, Map.of("group", Map.of("rule", "portal-it-brute-force",
                "key", "source.ip=203.0.113.7"), "status", "false_positive", "reason", "Máy quét lỗ hổng được phép của đơn vị"));
        assertThat(closeGroup.status()).as(closeGroup.toString()).isEqualTo(200);
        assertThat(closeGroup.body().path("changed")).hasSize(6);
        assertThat(ids(DemoUser.ANALYST, "status=false_positive")).isEqualTo(seededIds(rule("portal-it-brute-force").and(unit(BACH_MAI))));
        assertThat(auditedAlerts("admin")).hasSize(6);
        Answer closed = client().call("GET", "/api/alerts/" + closeGroup.body().path("changed").get(0).asText(), DemoUser.ANALYST, null);
        assertThat(closed.body().path("triage").path("reason").asText()).isEqualTo("Máy quét lỗ hổng được phép của đơn vị");

        Answer hostGroup = triage(DemoUser.ANALYST, "", Map.of("group", Map.of("rule", "portal-it-ssh-failed", "key", "pacs-01",
                "host", true), "status", "benign", "reason", "drill"));
        assertThat(hostGroup.body().path("changed")).hasSize(10);

        Answer reopen = triage(DemoUser.ANALYST, "", Map.of("ids", List.of(three.get(0)), "status", "open"));
        assertThat(reopen.body().path("changed")).hasSize(1);
        Answer reopened = client().call("GET", "/api/alerts/" + three.get(0), DemoUser.ANALYST, null);
        assertThat(reopened.body().path("status").asText()).isEqualTo("open");
        assertThat(reopened.body().path("triage").path("reason").isNull()).isTrue();

        long beforeRefused = client().auditRecords();
        Answer unknown = triage(DemoUser.ANALYST, "", Map.of("ids", List.of(three.get(1), "no-such-alert"), "status", "acknowledged"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("field").asText()).isEqualTo("ids");
        assertThat(unknown.body().path("detail").asText()).contains("no-such-alert");
        Answer escalate = triage(DemoUser.ANALYST, "", Map.of("ids", List.of(three.get(1)), "status", "escalated"));
        assertThat(escalate.status()).isEqualTo(400);
        assertThat(escalate.body().path("field").asText()).isEqualTo("status");
        Answer bad = triage(DemoUser.ANALYST, "", Map.of("ids", List.of(three.get(1)), "status", "closed"));
        assertThat(bad.body().path("field").asText()).isEqualTo("status");
        Answer both = triage(DemoUser.ANALYST, "", Map.of("ids", List.of(three.get(1)), "group", Map.of("rule", "x", "key", "y"),
                "status", "acknowledged"));
        assertThat(both.body().path("field").asText()).isEqualTo("ids");
        assertThat(client().auditRecords()).as("refused decisions leave no trace").isEqualTo(beforeRefused);
    }

    // ---- scope and authorization ----

    @Test
    @Order(5)
    void anOfficerSeesOnlyTheAlertsOfTheirUnitsWhateverTheyAskFor() throws Exception {
        assertThat(ids(DemoUser.OFFICER_BACH_MAI, "")).isEqualTo(seededIds(unit(BACH_MAI))).hasSize(61);
        assertThat(ids(DemoUser.OFFICER_BACH_MAI, "unit=" + XANH_PON)).isEmpty();
        assertThat(ids(DemoUser.OFFICER_HA_NOI, "")).as("Hà Nội's subtree holds Xanh Pôn").isEqualTo(seededIds(unit(XANH_PON)));
        assertThat(ids(DemoUser.OFFICER_XANH_PON, "")).isEqualTo(seededIds(unit(XANH_PON)));
        Answer groups = client().call("GET", "/api/alerts/groups", DemoUser.OFFICER_XANH_PON, null);
        assertThat(groups.body().path("items")).hasSize(2);
        Answer count = client().call("GET", "/api/alerts/count?since=" + BASE, DemoUser.OFFICER_XANH_PON, null);
        assertThat(count.body().path("count").asLong()).isEqualTo(14);
        Answer analystCount = client().call("GET", "/api/alerts/count?since=" + BASE.plusSeconds(1200), DemoUser.ANALYST, null);
        assertThat(analystCount.body().path("count").asLong())
                .isEqualTo(SEEDED.values().stream().filter(e -> !e.timestamp().isBefore(BASE.plusSeconds(1200))).count());
    }

    private record Rule(String what, String method, String path, Object body, int officerOwn, int officerOther, int auditor,
                        int admin, int analyst) {
    }

    @Test
    @Order(6)
    void everyAlertEndpointFollowsThePolicyForEveryRoleOnOwnAndOtherUnits() throws Exception {
        String bachMaiAlert = seededIds(unit(BACH_MAI).and(rule("portal-it-sqli"))).iterator().next();
        String xanhPonAlert = seededIds(unit(XANH_PON).and(rule("portal-it-ssh-failed"))).iterator().next();
        Map<String, Object> ack = Map.of("ids", List.of("{a}"), "status", "acknowledged");
        List<Rule> rules = List.of(
                new Rule("list", "GET", "/api/alerts?unit={u}", null, 200, 200, 200, 200, 200),
                new Rule("groups", "GET", "/api/alerts/groups?unit={u}", null, 200, 200, 200, 200, 200),
                new Rule("count", "GET", "/api/alerts/count?since=" + BASE + "&unit={u}", null, 200, 200, 200, 200, 200),
                new Rule("detail", "GET", "/api/alerts/{a}", null, 200, 403, 200, 200, 200),
                new Rule("triage", "POST", "/api/alerts/triage", ack, 403, 403, 403, 200, 200));
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Rule r : rules) {
            for (String unit : List.of(BACH_MAI, XANH_PON)) {
                boolean bachMai = unit.equals(BACH_MAI);
                String alert = bachMai ? bachMaiAlert : xanhPonAlert;
                Map<DemoUser, Integer> expected = Map.of(
                        DemoUser.OFFICER_BACH_MAI, bachMai ? r.officerOwn() : r.officerOther(),
                        DemoUser.OFFICER_HA_NOI, bachMai ? r.officerOther() : r.officerOwn(),
                        DemoUser.AUDITOR, r.auditor(), DemoUser.ADMIN, r.admin(), DemoUser.ANALYST, r.analyst());
                String path = r.path().replace("{u}", unit).replace("{a}", alert);
                Object body = r.body() == null ? null : PortalClient.JSON.writeValueAsString(r.body()).replace("{a}", alert);
                for (Map.Entry<DemoUser, Integer> e : expected.entrySet()) {
                    long audit = client().auditRecords();
                    Answer a = client().call(r.method(), path, e.getKey(), body);
                    calls++;
                    if (a.status() != e.getValue()) {
                        wrong.add(r.what() + " of " + unit + " as " + e.getKey().username() + ": " + a.status() + " instead of "
                                + e.getValue() + " " + a.body());
                    }
                    if (a.status() >= 400 && client().auditRecords() != audit) {
                        wrong.add(r.what() + " of " + unit + " as " + e.getKey().username() + " was refused but audited");
                    }
                }
                HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                        .method(r.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString((String) body))
                        .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
                if (anonymous.statusCode() != 401) {
                    wrong.add(r.what() + " of " + unit + " without a token: " + anonymous.statusCode());
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(calls).isEqualTo(rules.size() * 2 * 5);
    }

    @Test
    @Order(7)
    void badParametersAreRefusedNamingTheParameter() throws Exception {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("priority=P9", "priority");
        cases.put("ruleLevel=severe", "ruleLevel");
        cases.put("systemLevel=7", "systemLevel");
        cases.put("technique=X1", "technique");
        cases.put("status=closed", "status");
        cases.put("from=yesterday", "from");
        cases.put("from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z", "to");
        cases.put("size=0", "size");
        cases.put("size=201", "size");
        cases.put("size=ten", "size");
        cases.put("sort=name", "sort");
        cases.put("after=bm90LWEtY3Vyc29y", "after");
        cases.put("q=" + "x".repeat(201), "q");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Answer a = client().call("GET", "/api/alerts?" + c.getKey(), DemoUser.ANALYST, null);
            assertThat(a.status()).as(c.getKey() + ": " + a).isEqualTo(400);
            assertThat(a.isProblem()).isTrue();
            assertThat(a.body().path("field").asText()).as(c.getKey()).isEqualTo(c.getValue());
        }
        Answer groupCursor = client().call("GET", "/api/alerts/groups?after="
                + client().call("GET", "/api/alerts?size=1", DemoUser.ANALYST, null).body().path("next").asText(), DemoUser.ANALYST, null);
        assertThat(groupCursor.body().path("field").asText()).isEqualTo("after");
        Answer noSince = client().call("GET", "/api/alerts/count", DemoUser.ANALYST, null);
        assertThat(noSince.body().path("field").asText()).isEqualTo("since");
        Answer unknown = client().call("GET", "/api/alerts/no-such-alert", DemoUser.ANALYST, null);
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    @Order(7)
    void theOpenApiDocumentDescribesTheQueue() throws Exception {
        // The document is read as text: Payara serves YAML by default.
        Answer doc = null;
        for (int attempt = 1; doc == null; attempt++) {
            try {
                doc = client().call("GET", base.toURI().resolve("/openapi"), DemoUser.ADMIN, null);
            } catch (java.net.http.HttpTimeoutException e) {
                // The first request builds the document: slow on a loaded machine.
                assertThat(attempt).as("/openapi answered within 3 attempts").isLessThan(3);
            }
        }
        assertThat(doc.status()).as(doc.toString()).isEqualTo(200);
        // Payara's generator does not list the filter's parameters (a @BeanParam): the README lists them.
        assertThat(doc.body().toString()).contains("/api/alerts/groups", "/api/alerts/triage", "/api/alerts/count", "/api/alerts/{id}",
                "name: alerts", "summary");
    }

    // ---- the page ----

    @Test
    @Order(8)
    void anAnalystFiltersGroupsAndClosesAlertsOnTheQueuePage() throws Exception {
        PortalClientRedirects.allow(PortalOnPayara.keycloak(), base.toString());
        Answer open = client().call("GET", "/api/alerts?status=open,acknowledged&size=1", DemoUser.ANALYST, null);
        try (HeadlessChromium browser = new HeadlessChromium()) {
            browser.steps("alert-queue", () -> {
                browser.driver.get(base.toString().replaceAll("/$", "") + "/alerts.xhtml");
                browser.waitFor(By.id("username"));
                browser.type(By.id("username"), DemoUser.ANALYST.username());
                browser.type(By.id("password"), DemoUser.PASSWORD);
                browser.driver.findElement(By.id("kc-login")).click();
                // After the login the start page is shown, not the page asked for (README: Soteria's replay).
                browser.waitForText(By.id("who"), "analyst");
                browser.driver.findElement(By.id("navAlerts")).click();
                browser.waitForText(By.tagName("h1"), "Hàng đợi cảnh báo");
                // The page opens on the open and acknowledged alerts, newest first, as the API counts them.
                browser.waitForText(By.id("queue:total"), open.body().path("total").asText());
                List<WebElement> rows = browser.driver.findElements(By.cssSelector("[id='queue:alerts_data'] > tr"));
                assertThat(rows).isNotEmpty();
                String first = rows.get(0).findElement(By.cssSelector("a[id$=':detail']")).getAttribute("href").replaceAll(".*[?&]id=([^&]+).*", "$1");
                assertThat(first).isEqualTo(open.body().path("items").get(0).path("id").asText());
                assertThat(rows.get(0).findElement(By.cssSelector("span.priority")).getText()).matches("P[1-5]");
                browser.screenshot("alerts-01-queue");

                // Close the newest as a duplicate, with a reason.
                rows.get(0).findElement(By.cssSelector(".ui-selection-column .ui-chkbox-box")).click();
                browser.type(By.id("queue:reason"), "Trùng với cảnh báo đã xử lý");
                browser.driver.findElement(By.id("queue:duplicate")).click();
                browser.waitForAjax();
                browser.waitForText(By.id("messages"), "Đã cập nhật trạng thái cảnh báo");
                Answer closed = client().call("GET", "/api/alerts/" + first, DemoUser.ANALYST, null);
                assertThat(closed.body().path("status").asText()).isEqualTo("duplicate");
                assertThat(closed.body().path("triage").path("by").asText()).isEqualTo("analyst");
                assertThat(closed.body().path("triage").path("reason").asText()).isEqualTo("Trùng với cảnh báo đã xử lý");
                browser.screenshot("alerts-02-closed");

                // Grouped: one row per rule and key, with its count.
                // It opens on the last 24 hours (the seeded alerts are older); clearing "from" groups every alert.
                browser.driver.findElement(By.cssSelector("[id='queue:grouped'] .ui-toggleswitch-slider")).click();
                browser.waitForAjax();
                browser.waitFor(By.id("queue:alerts:countCol"));
                browser.waitForText(By.id("queue:groupedWindow"), "24 giờ qua");
                assertThat(browser.driver.findElement(By.id("queue:from_input")).getAttribute("value")).as("the window's start")
                        .startsWith(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString());
                assertThat(browser.driver.findElement(By.id("queue:alerts_data")).getText()).doesNotContain("source.ip=198.51.100.9");
                browser.driver.executeScript("document.getElementById('queue:from_input').value='';");
                browser.driver.findElement(By.id("queue:apply")).click();
                browser.waitForAjax();
                browser.waitForText(By.id("queue:alerts_data"), "source.ip=198.51.100.9");
                assertThat(browser.present(By.id("queue:groupedWindow"))).isFalse();
                browser.screenshot("alerts-03-grouped");

                // The detail page of an alert.
                browser.driver.get(base.toString().replaceAll("/$", "") + "/alert.xhtml?id=" + first);
                browser.waitForText(By.tagName("h1"), "Chi tiết cảnh báo");
                assertThat(browser.waitFor(By.id("document")).getText()).contains("\"rule\"", "duplicate");
                browser.screenshot("alerts-04-detail");
            });
        }
        // An officer's page: no triage controls, their unit's alerts only.
        try (HeadlessChromium browser = new HeadlessChromium()) {
            browser.steps("alert-queue-officer", () -> {
                browser.driver.get(base.toString().replaceAll("/$", "") + "/alerts.xhtml");
                browser.waitFor(By.id("username"));
                browser.type(By.id("username"), DemoUser.OFFICER_XANH_PON.username());
                browser.type(By.id("password"), DemoUser.PASSWORD);
                browser.driver.findElement(By.id("kc-login")).click();
                browser.waitForText(By.id("who"), DemoUser.OFFICER_XANH_PON.username());
                browser.driver.findElement(By.id("navAlerts")).click();
                browser.waitForText(By.tagName("h1"), "Hàng đợi cảnh báo");
                assertThat(browser.present(By.id("queue:duplicate"))).isFalse();
                assertThat(browser.driver.findElement(By.id("queue:alerts_data")).getText()).doesNotContain(BACH_MAI);
                browser.screenshot("alerts-05-officer");
            });
        }
    }

    /** The grouped view's cursor as JSON (opaque to clients; here it tells which way the page was made). */
    private static JsonNode cursor(String next) throws Exception {
        return PortalClient.JSON.readTree(java.util.Base64.getUrlDecoder().decode(next));
    }

    private List<JsonNode> allGroups() throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        String after = null;
        do {
            Answer a = client().call("GET", "/api/alerts/groups?size=2" + (after == null ? "" : "&after=" + after), DemoUser.ANALYST, null);
            assertThat(a.status()).as(a.toString()).isEqualTo(200);
            a.body().path("items").forEach(rows::add);
            after = a.body().path("next").isNull() ? null : a.body().path("next").asText();
        } while (after != null);
        return rows;
    }

    @Test
    @Order(9)
    void alertsWrittenBeforeTheJobNamedTheirGroupAreGroupedTheSlowWayRatherThanLeftOut() throws Exception {
        Answer fast = client().call("GET", "/api/alerts/groups?size=2", DemoUser.ANALYST, null);
        assertThat(cursor(fast.body().path("next").asText()).has("gn")).as("every alert names its group: one composite").isTrue();

        // Three alerts as a job of before soc.alert.group wrote them.
        List<String> legacy = new ArrayList<>();
        StringBuilder bulk = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> f = new HashMap<>();
            f.put("@timestamp", BASE.plusSeconds(3600 + i).toString());
            f.put("event.id", "legacy-" + i);
            f.put("host.name", "legacy-host-01");
            Alert alert = new Alert.RuleMatch(SQLI, new Event(f, LogSource.UNKNOWN));
            Event doc = AlertDocument.of(alert).remove(AlertGroupName.FIELD);
            enrich(doc, HIS, "P2");
            String id = AlertDocument.id(alert);
            legacy.add(id);
            bulk.append("{\"index\":{\"_index\":\"").append(namespace.alertsIndex()).append("\",\"_id\":\"").append(id).append("\"}}\n")
                    .append(new String(EventJson.write(doc), StandardCharsets.UTF_8)).append('\n');
        }
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(elasticsearchUrl + "/_bulk?refresh=true"))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(bulk.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.body()).contains("\"errors\":false");
        try {
            Answer slow = client().call("GET", "/api/alerts/groups?size=2", DemoUser.ANALYST, null);
            assertThat(cursor(slow.body().path("next").asText()).has("g")).as("by rule and key or host").isTrue();
            List<JsonNode> rows = allGroups();
            Map<String, Long> counts = rows.stream().collect(Collectors.toMap(g -> g.path("rule").asText() + " | " + g.path("key").asText(),
                    g -> g.path("count").asLong()));
            assertThat(counts).containsEntry("portal-it-sqli | legacy-host-01", 3L).containsEntry("portal-it-sqli | his-web-01", 25L)
                    .containsEntry("portal-it-brute-force | source.ip=203.0.113.7", 6L).hasSize(6);
            assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).as("each alert in one group").isEqualTo(78);

            Answer ack = triage(DemoUser.ANALYST, "", Map.of("group", Map.of("rule", "portal-it-sqli", "key", "legacy-host-01",
                    "host", true), "status", "acknowledged"));
            assertThat(ack.status()).as(ack.toString()).isEqualTo(200);
            assertThat(ack.body().path("changed")).extracting(JsonNode::asText).containsExactlyInAnyOrderElementsOf(legacy);
        } finally {
            for (String id : legacy) {
                HttpResponse<String> deleted = HTTP.send(HttpRequest.newBuilder(URI.create(elasticsearchUrl + "/" + namespace.alertsIndex()
                        + "/_doc/" + id + "?refresh=true")).DELETE().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
            }
        }
        Answer again = client().call("GET", "/api/alerts/groups?size=2", DemoUser.ANALYST, null);
        assertThat(cursor(again.body().path("next").asText()).has("gn")).as("once they are gone, the fast way again").isTrue();
    }

    @Test
    @Order(10)
    void whileElasticsearchDoesNotAnswerTheQueueSays503AndTheRestOfThePortalWorks() throws Exception {
        proxy.off();
        try {
            for (String path : List.of("/api/alerts", "/api/alerts/groups", "/api/alerts/count?since=" + BASE,
                    "/api/alerts/" + SEEDED.keySet().iterator().next())) {
                Answer a = client().call("GET", path, DemoUser.ANALYST, null);
                assertThat(a.status()).as(path + ": " + a).isEqualTo(503);
                assertThat(a.isProblem()).isTrue();
                assertThat(a.body().path("detail").asText()).contains("Elasticsearch");
            }
            long audit = client().auditRecords();
            Answer triage = triage(DemoUser.ANALYST, "", Map.of("ids", List.of(SEEDED.keySet().iterator().next()), "status", "acknowledged"));
            assertThat(triage.status()).isEqualTo(503);
            assertThat(client().auditRecords()).as("nothing audited").isEqualTo(audit);
            assertThat(client().call("GET", "/api/systems", DemoUser.ADMIN, null).status()).as("the database's pages").isEqualTo(200);
        } finally {
            proxy.on();
        }
        Answer back = client().call("GET", "/api/alerts?size=1", DemoUser.ANALYST, null);
        assertThat(back.status()).as("once it answers again: " + back).isEqualTo(200);
    }
}
