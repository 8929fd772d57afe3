package vn.gov.moh.soc.portal.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.moh.soc.portal.interfaces.rest.SeededSearch.ALERT_BACH_MAI;
import static vn.gov.moh.soc.portal.interfaces.rest.SeededSearch.ALERT_XANH_PON;
import static vn.gov.moh.soc.portal.interfaces.rest.SeededSearch.BACH_MAI;
import static vn.gov.moh.soc.portal.interfaces.rest.SeededSearch.RULE_DISABLED;
import static vn.gov.moh.soc.portal.interfaces.rest.SeededSearch.RULE_FILES;
import static vn.gov.moh.soc.portal.interfaces.rest.SeededSearch.SEEDED;
import static vn.gov.moh.soc.portal.interfaces.rest.SeededSearch.T0;
import static vn.gov.moh.soc.portal.interfaces.rest.SeededSearch.XANH_PON;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.portal.application.pipeline.TestRules;
import vn.gov.moh.soc.portal.interfaces.rest.PortalClient.Answer;
import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.testkit.ElasticsearchEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * The event search against the test kit's Elasticsearch: soc-core's index templates installed in
 * the class's namespace (by the test kit, as the correlation job's start does), events written with
 * soc-core's {@code EventJson} into the namespace's daily indices under their {@code event.id}, the
 * way the job's sink writes them, and alerts into its alerts index. Then through the REST API: query
 * string, time range, facet counts, histogram buckets adding up to the total, paging without
 * duplicates or gaps (ties on the timestamp included), the document view, the jump from an alert to
 * its source events, officers limited to their subtree, refused queries, the authorization matrix,
 * and the rules' alert counts.
 */
@RealStack
@ExtendWith(SeededSearch.Portal.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventSearchIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static PortalClient portal;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.it.war")));
    }

    private PortalClient client() {
        if (portal == null) {
            portal = new PortalClient(base);
        }
        return portal;
    }

    /** The seeded events in [from, to) that the condition keeps. */
    private static List<Event> expected(Instant from, Instant to, Predicate<Event> condition) {
        return SEEDED.values().stream().filter(e -> !e.timestamp().isBefore(from) && e.timestamp().isBefore(to))
                .filter(condition).toList();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String range(Instant from, Instant to) {
        return "from=" + enc(from.toString()) + "&to=" + enc(to.toString());
    }

    private Answer get(DemoUser user, String path) throws Exception {
        return client().call("GET", path, user, null);
    }

    private static Map<String, Long> facet(JsonNode page, String field) {
        Map<String, Long> counts = new LinkedHashMap<>();
        page.path("facets").path(field).forEach(v -> counts.put(v.path("value").asText(), v.path("count").asLong()));
        return counts;
    }

    private static long histogramSum(JsonNode page) {
        long sum = 0;
        for (JsonNode b : page.path("histogram")) {
            sum += b.path("count").asLong();
        }
        return sum;
    }

    private static Map<String, Long> countBy(List<Event> events, String field) {
        Map<String, Long> counts = new LinkedHashMap<>();
        events.forEach(e -> counts.merge(e.text(field), 1L, Long::sum));
        return counts;
    }

    // ---- the tests ----

    @Test
    @Order(1)
    void aTimeRangeCountsItsEventsByFacetAndByHistogramBucket(ElasticsearchEndpoint es, Namespace ns) throws Exception {
        String day = ns.eventsIndex(T0.atOffset(ZoneOffset.UTC).toLocalDate());
        HttpResponse<String> mapping = HTTP.send(HttpRequest.newBuilder(URI.create(es.url() + "/" + day + "/_mapping/field/source.ip,host.name"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode fields = PortalClient.JSON.readTree(mapping.body()).path(day).path("mappings");
        assertThat(fields.path("source.ip").path("mapping").path("ip").path("type").asText())
                .as("soc-core's template applies to the daily index: " + mapping.body()).isEqualTo("ip");
        assertThat(fields.path("host.name").path("mapping").path("name").path("type").asText()).isEqualTo("keyword");
        Instant from = T0;
        Instant to = T0.plus(Duration.ofHours(2));
        List<Event> inRange = expected(from, to, e -> true);

        Answer page = get(DemoUser.ANALYST, "/api/events?" + range(from, to) + "&size=10");

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        JsonNode body = page.body();
        assertThat(body.path("total").asLong()).isEqualTo(inRange.size()).isEqualTo(155);
        assertThat(body.path("events")).hasSize(10);
        assertThat(body.path("events").get(0).path("fields").path("event.id").asText()).as("newest first").isEqualTo("bm-119");
        assertThat(facet(body, "host.name")).isEqualTo(Map.of("bm-web-01", countBy(inRange, "host.name").get("bm-web-01"),
                "bm-db-01", countBy(inRange, "host.name").get("bm-db-01"), "xp-web-01", 30L));
        assertThat(facet(body, "organization.id")).containsEntry(BACH_MAI, 125L).containsEntry(XANH_PON, 30L);
        assertThat(facet(body, "source.ip")).containsEntry("2001:db8::5", 12L);
        assertThat(facet(body, "event.outcome")).isEqualTo(countBy(inRange, "event.outcome").entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
        assertThat(facet(body, "soc.system.name")).containsEntry("HIS Bạch Mai", 125L);
        assertThat(body.path("intervalSeconds").asLong()).as("2 hours in at most 100 buckets").isEqualTo(300);
        assertThat(body.path("histogram")).as("every 5 minutes of the 2 hours, empty ones too").hasSize(24);
        assertThat(histogramSum(body)).isEqualTo(body.path("total").asLong());
        assertThat(body.path("histogram").get(0).path("start").asText()).isEqualTo(from.toString());

        Answer wider = get(DemoUser.ANALYST, "/api/events?" + range(T0.minus(Duration.ofDays(30)), to) + "&size=1&facets=");
        assertThat(wider.body().path("total").asLong()).as("the old events are in another daily index").isEqualTo(157);
        assertThat(wider.body().path("facets").size()).as("facets= asks for none").isZero();
        assertThat(histogramSum(wider.body())).isEqualTo(157);
        assertThat(wider.body().path("intervalSeconds").asLong()).isEqualTo(Duration.ofHours(12).toSeconds());

        Answer byDefault = get(DemoUser.ANALYST, "/api/events?size=1");
        assertThat(byDefault.body().path("total").asLong()).as("the last 24 hours").isEqualTo(155);
    }

    @Test
    @Order(2)
    void theQueryStringAndFacetFiltersNarrowTheResult() throws Exception {
        Instant from = T0;
        Instant to = T0.plus(Duration.ofHours(2));
        Answer q = get(DemoUser.ANALYST, "/api/events?" + range(from, to) + "&q=" + enc("event.outcome:failure AND host.name:bm-web-01"));
        assertThat(q.body().path("total").asLong()).isEqualTo(expected(from, to,
                e -> e.text("event.outcome").equals("failure") && e.text("host.name").equals("bm-web-01")).size());

        Answer words = get(DemoUser.ANALYST, "/api/events?" + range(from, to) + "&q=" + enc("\"incorrect password attempts\""));
        assertThat(words.body().path("total").asLong()).as("a phrase in the message").isEqualTo(5);

        Answer filtered = get(DemoUser.ANALYST, "/api/events?" + range(from, to) + "&filter=" + enc("host.name:bm-web-01")
                + "&filter=" + enc("host.name:bm-db-01") + "&filter=" + enc("event.outcome:failure"));
        assertThat(filtered.body().path("total").asLong()).as("values of one field OR, fields AND")
                .isEqualTo(expected(from, to, e -> e.text("organization.id").equals(BACH_MAI) && e.text("event.outcome").equals("failure")).size());
        assertThat(facet(filtered.body(), "event.outcome")).containsOnlyKeys("failure");

        Answer leading = get(DemoUser.ANALYST, "/api/events?" + range(from, to) + "&q=" + enc("host.name:*web*"));
        assertThat(leading.body().path("total").asLong()).as("a leading wildcard")
                .isEqualTo(expected(from, to, e -> e.text("host.name").contains("web")).size()).isEqualTo(115);
        Answer lenient = get(DemoUser.ANALYST, "/api/events?" + range(from, to) + "&q=" + enc("source.ip:not-an-address"));
        assertThat(lenient.status()).as("lenient: a text against an ip field matches nothing").isEqualTo(200);
        assertThat(lenient.body().path("total").asLong()).isZero();

        Answer ipv6 = get(DemoUser.ANALYST, "/api/events?" + range(from, to) + "&filter=" + enc("source.ip:2001:db8::5"));
        assertThat(ipv6.body().path("total").asLong()).as("a facet value with ':' in it").isEqualTo(12);
    }

    @Test
    @Order(3)
    void pagesFollowEachOtherWithoutDuplicatesOrGapsEvenOnEqualTimestamps() throws Exception {
        Instant from = T0;
        Instant to = T0.plus(Duration.ofHours(2));
        Set<String> wanted = new HashSet<>();
        expected(from, to, e -> e.text("organization.id").equals(BACH_MAI)).forEach(e -> wanted.add(e.text("event.id")));
        List<String> seen = new ArrayList<>();
        Instant previous = Instant.MAX;
        String after = null;
        int pages = 0;
        do {
            Answer page = get(DemoUser.ANALYST, "/api/events?" + range(from, to) + "&size=7&facets=&filter="
                    + enc("organization.id:" + BACH_MAI) + (after == null ? "" : "&after=" + enc(after)));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            for (JsonNode e : page.body().path("events")) {
                Instant at = Instant.parse(e.path("timestamp").asText());
                assertThat(at).as("sorted by time, newest first").isBeforeOrEqualTo(previous);
                previous = at;
                seen.add(e.path("id").asText());
            }
            after = page.body().path("next").isMissingNode() ? null : page.body().path("next").asText();
            pages++;
        } while (after != null && pages < 100);

        assertThat(seen).doesNotHaveDuplicates().hasSize(125);
        assertThat(new HashSet<>(seen)).isEqualTo(wanted);
        assertThat(pages).isEqualTo(18);
    }

    @Test
    @Order(4)
    void theDocumentViewShowsTheSourceAndEveryField(Namespace ns) throws Exception {
        Event e = SEEDED.get("bm-7");
        String index = ns.eventsIndex(e.timestamp().atOffset(ZoneOffset.UTC).toLocalDate());

        Answer doc = get(DemoUser.AUDITOR, "/api/events/" + index + "/bm-7");

        assertThat(doc.status()).as(doc.toString()).isEqualTo(200);
        assertThat(doc.body().path("source").path("message").asText()).isEqualTo(e.text("message"));
        assertThat(doc.body().path("timestamp").asText()).isEqualTo(e.timestamp().toString());
        Map<String, String> table = new LinkedHashMap<>();
        doc.body().path("table").forEach(f -> table.put(f.path("name").asText(), f.path("value").asText()));
        assertThat(table).containsEntry("host.name", "bm-web-01").containsEntry("organization.id", BACH_MAI)
                .containsEntry("source.ip", e.text("source.ip"));
        assertThat(new ArrayList<>(table.keySet())).isSorted();
        assertThat(get(DemoUser.AUDITOR, "/api/events/" + index + "/no-such-event").status()).isEqualTo(404);
        assertThat(get(DemoUser.AUDITOR, "/api/events/" + ns.alertsIndex() + "/" + ALERT_BACH_MAI).status())
                .as("only events indices are read").isEqualTo(404);
        assertThat(get(DemoUser.AUDITOR, "/api/events/" + ns.eventsIndex(e.timestamp().atOffset(ZoneOffset.UTC).toLocalDate().minusDays(400))
                + "/bm-7").status()).as("a day without an index").isEqualTo(404);
    }

    @Test
    @Order(5)
    void anAlertLeadsToItsSourceEvents() throws Exception {
        Answer jump = get(DemoUser.ANALYST, "/api/alerts/" + ALERT_BACH_MAI + "/events");

        assertThat(jump.status()).as(jump.toString()).isEqualTo(200);
        assertThat(jump.body().path("rule").asText()).isEqualTo(RULE_FILES);
        assertThat(jump.body().path("events")).extracting(n -> n.path("id").asText()).as("oldest first")
                .containsExactly("bm-0", "bm-4", "bm-8");
        assertThat(jump.body().path("missing")).extracting(JsonNode::asText).containsExactly("bm-gone");
        assertThat(get(DemoUser.ANALYST, "/api/alerts/no-such-alert/events").status()).isEqualTo(404);
    }

    @Test
    @Order(6)
    void officersSeeOnlyTheEventsOfTheirSubtree(Namespace ns) throws Exception {
        Instant from = T0;
        Instant to = T0.plus(Duration.ofHours(2));
        Answer bachMai = get(DemoUser.OFFICER_BACH_MAI, "/api/events?" + range(from, to));
        assertThat(bachMai.body().path("total").asLong()).isEqualTo(125);
        assertThat(facet(bachMai.body(), "organization.id")).containsOnlyKeys(BACH_MAI);
        assertThat(histogramSum(bachMai.body())).isEqualTo(125);
        Answer asking = get(DemoUser.OFFICER_BACH_MAI, "/api/events?" + range(from, to) + "&filter=" + enc("organization.id:" + XANH_PON));
        assertThat(asking.body().path("total").asLong()).as("a filter cannot widen the scope").isZero();
        Answer byQuery = get(DemoUser.OFFICER_BACH_MAI, "/api/events?" + range(from, to) + "&q=" + enc("organization.id:" + XANH_PON));
        assertThat(byQuery.body().path("total").asLong()).as("nor can the query string").isZero();

        Answer hanoi = get(DemoUser.OFFICER_HA_NOI, "/api/events?" + range(from, to));
        assertThat(facet(hanoi.body(), "organization.id")).as("the Department sees the hospital below it").containsOnlyKeys(XANH_PON);
        assertThat(hanoi.body().path("total").asLong()).isEqualTo(30);

        String bmIndex = ns.eventsIndex(SEEDED.get("bm-7").timestamp().atOffset(ZoneOffset.UTC).toLocalDate());
        assertThat(get(DemoUser.OFFICER_XANH_PON, "/api/events/" + bmIndex + "/bm-7").status()).isEqualTo(403);
        assertThat(get(DemoUser.OFFICER_BACH_MAI, "/api/events/" + bmIndex + "/bm-7").status()).isEqualTo(200);
        assertThat(get(DemoUser.OFFICER_XANH_PON, "/api/alerts/" + ALERT_BACH_MAI + "/events").status()).isEqualTo(403);
        Answer own = get(DemoUser.OFFICER_XANH_PON, "/api/alerts/" + ALERT_XANH_PON + "/events");
        assertThat(own.body().path("events")).extracting(n -> n.path("id").asText()).containsExactly("xp-1");
    }

    @Test
    @Order(7)
    void refusedRequestsNameTheirProblem() throws Exception {
        Answer syntax = get(DemoUser.ANALYST, "/api/events?q=" + enc("host.name:(bm-web-01 AND"));
        assertThat(syntax.status()).as(syntax.toString()).isEqualTo(400);
        assertThat(syntax.isProblem()).isTrue();
        assertThat(syntax.body().path("field").asText()).isEqualTo("q");
        assertThat(syntax.body().path("detail").asText()).contains("Cannot parse").doesNotContain("Was expecting");
        Answer range = get(DemoUser.ANALYST, "/api/events?" + range(T0.minus(Duration.ofDays(30)), T0.plus(Duration.ofHours(2)))
                + "&q=" + enc("event.severity:[1 TO"));
        assertThat(range.status()).as("refused in every daily index of the range: " + range).isEqualTo(400);
        assertThat(range.body().path("detail").asText()).contains("Cannot parse");

        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("size=500", "size");
        bad.put("size=ten", "size");
        bad.put("after=bm-7", "after");
        bad.put("from=yesterday", "from");
        bad.put(range(T0, T0.minusSeconds(1)), "from");
        bad.put("facets=message", "facets");
        bad.put("filter=" + enc("message:x"), "filter");
        bad.put("filter=host.name", "filter");
        for (Map.Entry<String, String> b : bad.entrySet()) {
            Answer a = get(DemoUser.ANALYST, "/api/events?" + b.getKey());
            assertThat(a.status()).as(b.getKey() + ": " + a).isEqualTo(400);
            assertThat(a.body().path("field").asText()).as(b.getKey()).isEqualTo(b.getValue());
        }
    }

    @Test
    @Order(8)
    void everyNewEndpointFollowsThePolicyForEveryUser(Namespace ns) throws Exception {
        String bmIndex = ns.eventsIndex(SEEDED.get("bm-7").timestamp().atOffset(ZoneOffset.UTC).toLocalDate());
        List<String> paths = List.of("/api/events?size=1", "/api/events/" + bmIndex + "/bm-7",
                "/api/alerts/" + ALERT_BACH_MAI + "/events", "/api/rule-overview");
        Map<DemoUser, List<Integer>> statuses = new LinkedHashMap<>();
        statuses.put(DemoUser.ANALYST, List.of(200, 200, 200, 200));
        statuses.put(DemoUser.ADMIN, List.of(200, 200, 200, 200));
        statuses.put(DemoUser.AUDITOR, List.of(200, 200, 200, 200));
        statuses.put(DemoUser.OFFICER_BACH_MAI, List.of(200, 200, 200, 403));
        statuses.put(DemoUser.OFFICER_HA_NOI, List.of(200, 403, 403, 403));
        statuses.put(DemoUser.OFFICER_XANH_PON, List.of(200, 403, 403, 403));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<DemoUser, List<Integer>> u : statuses.entrySet()) {
            for (int i = 0; i < paths.size(); i++) {
                int got = get(u.getKey(), paths.get(i)).status();
                if (got != u.getValue().get(i)) {
                    wrong.add(u.getKey() + " GET " + paths.get(i) + ": " + got + ", expected " + u.getValue().get(i));
                }
            }
        }
        for (String p : paths) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + p)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 401) {
                wrong.add("no token GET " + p + ": " + r.statusCode());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @Order(9)
    void theRulesOverviewCountsAlertsPerRuleInTheLastDayAndInAll() throws Exception {
        Answer published = client().call("POST", "/api/rules", DemoUser.ANALYST, "application/yaml", TestRules.REFUSED_SUDO);
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(client().call("POST", "/api/rules/" + RULE_DISABLED + "/disable", DemoUser.ADMIN, null).status()).isEqualTo(200);

        Answer overview = get(DemoUser.AUDITOR, "/api/rule-overview");

        assertThat(overview.status()).as(overview.toString()).isEqualTo(200);
        Map<String, String> rows = new LinkedHashMap<>();
        overview.body().path("items").forEach(r -> rows.put(r.path("id").asText(), r.path("origin").asText() + " "
                + r.path("status").asText() + " " + r.path("alertsRecent").asLong() + "/" + r.path("alertsTotal").asLong()
                + " " + r.path("title").asText()));
        assertThat(rows).containsExactly(
                Map.entry(RULE_FILES, "PIPELINE FROM_FILES 3/5 SSH brute force"),
                Map.entry(TestRules.REFUSED_SUDO_ID, "PORTAL ACTIVE 1/2 Refused sudo (portal)"),
                Map.entry(RULE_DISABLED, "PIPELINE DISABLED 1/1 RDP password spray"));
        assertThat(overview.body().has("countsUnavailable")).isFalse();
    }
}
