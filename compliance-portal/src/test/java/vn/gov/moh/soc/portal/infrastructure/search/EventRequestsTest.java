package vn.gov.moh.soc.portal.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.event.EventQuery;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** What the event search asks Elasticsearch, read back as the JSON the client sends. */
class EventRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Namespace NS = Namespace.of("t42");
    private static final Instant TO = Instant.parse("2026-12-01T12:00:00Z");
    private static final Instant FROM = TO.minus(Duration.ofHours(2));

    private static JsonNode json(co.elastic.clients.elasticsearch.core.SearchRequest r) throws Exception {
        return JSON.readTree(JsonpUtils.toJsonString(r, new JacksonJsonpMapper()));
    }

    private static EventQuery query(String text, Map<String, List<String>> filters, List<String> facets, String after) {
        return new EventQuery(text, FROM, TO, filters, facets, after, 25);
    }

    @Test
    void theTimeRangeFacetValuesAndUnitsAreFiltersAndTheQueryStringIsLenient() throws Exception {
        var r = EventRequests.search(NS, query("user.name:root", Map.of("host.name", List.of("a", "b"), "source.ip", List.of("2001:db8::1")),
                List.of("host.name"), null), Optional.of(Set.of(UnitId.of("bv-bach-mai"), UnitId.of("bv-xanh-pon"))));
        JsonNode body = json(r);

        assertThat(r.index()).containsExactly("t42-soc-events-*");
        assertThat(r.allowPartialSearchResults()).as("a refusal by some shards is not '0 events'").isFalse();
        JsonNode bool = body.path("query").path("bool");
        JsonNode qs = bool.path("must").get(0).path("query_string");
        assertThat(qs.path("query").asText()).isEqualTo("user.name:root");
        assertThat(qs.path("lenient").asBoolean()).isTrue();
        assertThat(qs.path("default_operator").asText()).isEqualToIgnoringCase("and");
        JsonNode filters = bool.path("filter");
        assertThat(filters).hasSize(4);
        assertThat(filters.get(0).path("range").path("@timestamp").path("gte").asText()).isEqualTo(FROM.toString());
        assertThat(filters.get(0).path("range").path("@timestamp").path("lt").asText()).isEqualTo(TO.toString());
        assertThat(filters.get(1).path("terms").path("host.name")).extracting(JsonNode::asText).containsExactly("a", "b");
        assertThat(filters.get(2).path("terms").path("source.ip")).extracting(JsonNode::asText).containsExactly("2001:db8::1");
        assertThat(filters.get(3).path("terms").path("organization.id")).extracting(JsonNode::asText)
                .containsExactly("bv-bach-mai", "bv-xanh-pon");
        assertThat(body.path("size").asInt()).isEqualTo(25);
        assertThat(body.path("track_total_hits").asBoolean()).isTrue();
        assertThat(body.path("sort").toString()).isEqualTo("[{\"@timestamp\":{\"order\":\"desc\"}},{\"event.id\":{\"order\":\"desc\"}}]");
        assertThat(body.has("search_after")).isFalse();
        assertThat(body.path("aggregations").path("host.name").path("terms").path("field").asText()).isEqualTo("host.name");
        assertThat(body.path("aggregations").path("host.name").path("terms").path("size").asInt()).isEqualTo(10);
        assertThat(body.path("aggregations").has("user.name")).as("only the facets asked").isFalse();
    }

    @Test
    void theHistogramCoversTheWholeRangeInVietnamTimeWithEmptyBuckets() throws Exception {
        JsonNode h = json(EventRequests.search(NS, query("", Map.of(), List.of(), null), Optional.empty()))
                .path("aggregations").path("histogram").path("date_histogram");
        assertThat(h.path("field").asText()).isEqualTo("@timestamp");
        assertThat(h.path("fixed_interval").asText()).isEqualTo("300s");
        assertThat(h.path("min_doc_count").asInt()).isZero();
        assertThat(h.path("time_zone").asText()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(h.path("extended_bounds").path("min").asLong()).isEqualTo(FROM.toEpochMilli());
        assertThat(h.path("extended_bounds").path("max").asLong()).as("the end is exclusive").isEqualTo(TO.toEpochMilli() - 1);
    }

    @Test
    void noQueryStringMatchesEverythingAndNoUnitLimitAddsNoFilter() throws Exception {
        JsonNode bool = json(EventRequests.search(NS, query("", Map.of(), List.of(), null), Optional.empty())).path("query").path("bool");
        assertThat(bool.has("must")).isFalse();
        assertThat(bool.path("filter")).hasSize(1);
    }

    @Test
    void aPageContinuesAfterTheSortValuesOfThePreviousOnesLastEvent() throws Exception {
        String cursor = SearchCursor.encode(List.of(FieldValue.of(1_764_590_400_000L), FieldValue.of("ev:with:colons")));
        JsonNode body = json(EventRequests.search(NS, query("", Map.of(), List.of(), cursor), Optional.empty()));
        assertThat(body.path("search_after").toString()).isEqualTo("[1764590400000,\"ev:with:colons\"]");
        assertThat(cursor).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aCursorThisSearchDidNotGiveIsRefusedNamingAfter() {
        for (String bad : List.of("not base64!", "bm90LWEtY3Vyc29y", "OmlkLW9ubHk", "MTIzOg", "eDp5")) {
            assertThatThrownBy(() -> SearchCursor.decode(bad)).as(bad).isInstanceOf(InvalidFieldException.class)
                    .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("after");
        }
    }

    @Test
    void theEventsOfAnAlertAreLookedUpByIdOldestFirstWithinTheUnits() throws Exception {
        var r = EventRequests.byIds(NS, List.of("e2", "e1", "e2"), Optional.of(Set.of(UnitId.of("bv-bach-mai"))));
        JsonNode body = json(r);
        assertThat(body.path("query").path("bool").path("filter").get(0).path("ids").path("values"))
                .extracting(JsonNode::asText).containsExactly("e2", "e1");
        assertThat(body.path("query").path("bool").path("filter").get(1).path("terms").path("organization.id").get(0).asText())
                .isEqualTo("bv-bach-mai");
        assertThat(body.path("size").asInt()).isEqualTo(2);
        assertThat(body.path("sort").get(0).path("@timestamp").path("order").asText()).isEqualTo("asc");
        List<String> many = java.util.stream.IntStream.range(0, 1500).mapToObj(i -> "e" + i).toList();
        assertThat(json(EventRequests.byIds(NS, many, Optional.empty())).path("size").asInt()).isEqualTo(EventRequests.MAX_IDS);
    }

    @Test
    void theRulesCountsAreOneAggregationOnTheAlertsIndex() throws Exception {
        Instant since = TO.minus(Duration.ofHours(24));
        JsonNode body = json(ElasticsearchRuleAlertCounts.request(NS, since));
        assertThat(body.path("size").asInt()).isZero();
        JsonNode rules = body.path("aggregations").path("rules");
        assertThat(rules.path("terms").path("field").asText()).isEqualTo("rule.id");
        assertThat(rules.path("aggregations").path("name").path("terms").path("field").asText()).isEqualTo("rule.name");
        assertThat(rules.path("aggregations").path("recent").path("filter").path("range").path("@timestamp").path("gte").asText())
                .isEqualTo(since.toString());
        assertThat(ElasticsearchRuleAlertCounts.request(NS, since).index()).containsExactly("t42-soc-alerts");
    }
}
