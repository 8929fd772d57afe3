package vn.gov.moh.soc.portal.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.json.JsonpSerializable;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.alert.AlertQueue.GroupRef;
import vn.gov.moh.soc.portal.domain.model.alert.AlertFilter;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSort;
import vn.gov.moh.soc.portal.domain.model.alert.TriageStatus;

class AlertQueriesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JacksonJsonpMapper MAPPER = new JacksonJsonpMapper();

    private static JsonNode json(JsonpSerializable request) throws Exception {
        return JSON.readTree(JsonpUtils.toJsonString(request, MAPPER));
    }

    /** The filter clauses of a request's bool query, by the field each names. */
    private static List<JsonNode> filters(JsonNode query) {
        List<JsonNode> out = new ArrayList<>();
        query.at("/bool/filter").forEach(out::add);
        return out;
    }

    private static JsonNode termsOf(List<JsonNode> filters, String field) {
        return filters.stream().filter(f -> f.at("/terms/" + field.replace("/", "~1")).isArray()).findFirst()
                .map(f -> f.at("/terms/" + field)).orElse(null);
    }

    @Test
    void everyFilterBecomesANonScoringClauseOnTheDocumentField() throws Exception {
        AlertFilter f = new AlertFilter(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-02T00:00:00Z"),
                Set.of("P1", "P2"), Set.of("high"), Set.of("bv-bach-mai"), Set.of("12"), Set.of(3, 4), Set.of("r-1"),
                Set.of("credential_access"), Set.of("T1110"), Set.of(TriageStatus.NEW, TriageStatus.ACKNOWLEDGED), null);

        List<JsonNode> filters = filters(json(AlertQueries.filter(f, null)));

        JsonNode range = filters.get(0).at("/range/@timestamp");
        assertThat(range.path("gte").asText()).isEqualTo("2026-12-01T00:00:00Z");
        assertThat(range.path("lt").asText()).as("the end is exclusive").isEqualTo("2026-12-02T00:00:00Z");
        assertThat(termsOf(filters, "soc.alert.priority").toString()).isEqualTo("[\"P1\",\"P2\"]");
        assertThat(termsOf(filters, "soc.alert.rule_level").toString()).isEqualTo("[\"high\"]");
        assertThat(termsOf(filters, "organization.id").toString()).isEqualTo("[\"bv-bach-mai\"]");
        assertThat(termsOf(filters, "soc.system.id").toString()).isEqualTo("[\"12\"]");
        assertThat(termsOf(filters, "soc.system.level").toString()).isEqualTo("[\"3\",\"4\"]");
        assertThat(termsOf(filters, "rule.id").toString()).isEqualTo("[\"r-1\"]");
        assertThat(termsOf(filters, "threat.tactic.name").toString()).isEqualTo("[\"credential_access\"]");
        assertThat(termsOf(filters, "threat.technique.id").toString()).isEqualTo("[\"T1110\"]");
        assertThat(termsOf(filters, "soc.alert.status").toString()).as("document values").isEqualTo("[\"acknowledged\",\"open\"]");
        assertThat(filters).as("the range and nine terms").hasSize(10);
    }

    @Test
    void noFilterMeansNoClauseAndAnEmptyUnitScopeFindsNothing() throws Exception {
        assertThat(filters(json(AlertQueries.filter(AlertFilter.ANY, null)))).isEmpty();

        List<JsonNode> scoped = filters(json(AlertQueries.filter(AlertFilter.ANY, Set.of())));

        assertThat(scoped).hasSize(1);
        assertThat(termsOf(scoped, "organization.id").size()).as("terms with no value match no document").isZero();
    }

    @Test
    void drillAlertsAreShownByDefaultAndCanBeLeftOutOrShownAlone() throws Exception {
        JsonNode any = json(AlertQueries.filter(AlertFilter.ANY, null));
        assertThat(any.toString()).doesNotContain("labels.soc_drill");
        JsonNode excluded = json(AlertQueries.filter(AlertFilter.ANY.withDrills(AlertFilter.Drills.EXCLUDED), null));
        assertThat(excluded.at("/bool/must_not/0/exists/field").asText()).isEqualTo("labels.soc_drill");
        assertThat(filters(excluded)).isEmpty();
        JsonNode only = json(AlertQueries.filter(AlertFilter.ANY.withDrills(AlertFilter.Drills.ONLY), null));
        assertThat(filters(only)).singleElement()
                .satisfies(c -> assertThat(c.at("/exists/field").asText()).isEqualTo("labels.soc_drill"));
        assertThat(AlertFilter.ANY.withDrills(AlertFilter.Drills.ONLY).since(java.time.Instant.EPOCH).drills())
                .isEqualTo(AlertFilter.Drills.ONLY);
        assertThat(AlertFilter.ANY.withDrills(AlertFilter.Drills.EXCLUDED).withRule("r").drills())
                .isEqualTo(AlertFilter.Drills.EXCLUDED);
    }

    @Test
    void anOfficersScopeIsAddedBesideTheUnitsTheRequestAsksFor() throws Exception {
        AlertFilter asksForOther = new AlertFilter(null, null, Set.of(), Set.of(), Set.of("bv-xanh-pon"), Set.of(), Set.of(),
                Set.of(), Set.of(), Set.of(), Set.of(), null);

        List<JsonNode> filters = filters(json(AlertQueries.filter(asksForOther, Set.of("bv-bach-mai"))));

        assertThat(filters).hasSize(2).allSatisfy(c -> assertThat(c.at("/terms/organization.id").isArray()).isTrue());
        assertThat(filters.get(0).at("/terms/organization.id").toString()).isEqualTo("[\"bv-xanh-pon\"]");
        assertThat(filters.get(1).at("/terms/organization.id").toString()).as("both must hold: nothing found").isEqualTo("[\"bv-bach-mai\"]");
    }

    @Test
    void freeTextLooksInTheRuleNameAHostPrefixAndTheRuleId() throws Exception {
        AlertFilter f = new AlertFilter(null, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), "  brute force ");

        JsonNode text = filters(json(AlertQueries.filter(f, null))).get(0).path("bool");

        assertThat(text.path("minimum_should_match").asText()).isEqualTo("1");
        assertThat(text.at("/should/0/match/rule.name.text/query").asText()).isEqualTo("brute force");
        assertThat(text.at("/should/0/match/rule.name.text/operator").asText()).isEqualToIgnoringCase("and");
        assertThat(text.at("/should/1/prefix/host.name/case_insensitive").asBoolean()).isTrue();
        assertThat(text.at("/should/2/term/rule.id/value").asText()).isEqualTo("brute force");
    }

    @Test
    void everyOrderEndsOnTimeAndTheIdSoPagesNeverOverlap() throws Exception {
        JsonNode byPriority = json(AlertQueries.page("a", AlertFilter.ANY, null, AlertSort.PRIORITY, false, 50, List.of()));
        JsonNode byTime = json(AlertQueries.page("a", AlertFilter.ANY, null, AlertSort.TIME, true, 50, List.of()));

        assertThat(byPriority.path("sort").toString()).isEqualTo("[{\"soc.alert.priority\":{\"missing\":\"_last\",\"order\":\"asc\"}},"
                + "{\"@timestamp\":{\"missing\":\"_last\",\"order\":\"desc\"}},{\"event.id\":{\"missing\":\"_last\",\"order\":\"asc\"}}]");
        assertThat(byTime.path("sort")).hasSize(2);
        assertThat(byTime.at("/sort/1/event.id/order").asText()).isEqualTo("desc");
    }

    @Test
    void aPageIsSearchAfterWithACappedTotalNeverFromAndSize() throws Exception {
        JsonNode page = json(AlertQueries.page("t-soc-alerts", AlertFilter.ANY, null, AlertSort.TIME, true, 50,
                List.of(FieldValue.of(1764547200000L), FieldValue.of("id-9"))));

        assertThat(page.path("size").asInt()).isEqualTo(50);
        assertThat(page.has("from")).isFalse();
        assertThat(page.path("search_after").toString()).isEqualTo("[1764547200000,\"id-9\"]");
        assertThat(page.path("track_total_hits").asInt()).isEqualTo(10_000);
        assertThat(page.at("/_source/includes").toString()).contains("rule.name", "soc.alert.*").doesNotContain("event.original");
    }

    @Test
    void groupsAreOneCompositeOnTheAlertsGroupWithCheapStatisticsAndNoMissingBucketSoTheSortedIndexStopsEarly() throws Exception {
        JsonNode first = json(AlertQueries.groups("a", AlertFilter.ANY, Set.of("u1"), 20, null));
        JsonNode next = json(AlertQueries.groups("a", AlertFilter.ANY, null, 20, "r-1\u001Fhhis"));

        assertThat(first.path("size").asInt()).isZero();
        assertThat(first.path("track_total_hits").asBoolean(true)).isFalse();
        assertThat(termsOf(filters(first.path("query")), "organization.id").toString()).isEqualTo("[\"u1\"]");
        JsonNode composite = first.at("/aggregations/groups/composite");
        assertThat(composite.path("sources")).hasSize(1);
        assertThat(composite.at("/sources/0/group/terms/field").asText()).isEqualTo("soc.alert.group");
        assertThat(composite.at("/sources/0/group/terms").has("missing_bucket")).isFalse();
        assertThat(composite.path("size").asInt()).isEqualTo(20);
        assertThat(composite.has("after")).isFalse();
        assertThat(first.at("/aggregations/groups/aggregations").fieldNames()).toIterable()
                .as("no top_hits per bucket").containsExactlyInAnyOrder("first", "last", "priority", "status");
        assertThat(next.at("/aggregations/groups/composite/after/group").asText()).isEqualTo("r-1\u001Fhhis");
    }

    @Test
    void alertsWithoutAGroupAreLookedForWithTheFilterStoppingAtTheFirst() throws Exception {
        JsonNode r = json(AlertQueries.ungrouped("a", AlertFilter.ANY, Set.of("u1")));

        assertThat(r.path("size").asInt()).isZero();
        assertThat(r.path("track_total_hits").asInt()).isEqualTo(1);
        assertThat(r.path("terminate_after").asInt()).isEqualTo(1);
        assertThat(r.at("/query/bool/must_not/0/exists/field").asText()).isEqualTo("soc.alert.group");
        assertThat(termsOf(filters(r.at("/query/bool/filter/0")), "organization.id").toString()).isEqualTo("[\"u1\"]");
    }

    @Test
    void thePagesNewestAlertsAreOneSearchOfEachGroupsLastMillisecondCollapsedOnTheGroup() throws Exception {
        Map<String, Long> last = new java.util.LinkedHashMap<>();
        last.put("r-1\u001Fhhis", 1764547200123L);
        last.put("r-2\u001Fgsource.ip=10.0.0.1", 1764547100000L);
        JsonNode r = json(AlertQueries.latest("a", new AlertFilter(null, null, Set.of("P1"), Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of(), Set.of(), Set.of(), Set.of(), null), null, last));

        assertThat(r.path("size").asInt()).isEqualTo(2);
        assertThat(r.at("/collapse/field").asText()).isEqualTo("soc.alert.group");
        assertThat(r.at("/sort/0").toString()).contains("@timestamp", "desc");
        assertThat(r.at("/query/bool/filter/0/bool/filter/0/terms/soc.alert.priority").toString())
                .as("the page's filter, so the newest alert is one the filter shows").isEqualTo("[\"P1\"]");
        JsonNode rows = r.at("/query/bool/filter/1/bool");
        assertThat(rows.path("minimum_should_match").asText()).isEqualTo("1");
        assertThat(rows.path("should")).hasSize(2);
        JsonNode row = rows.at("/should/0/bool/filter");
        assertThat(row.at("/0/term/soc.alert.group/value").asText()).isEqualTo("r-1\u001Fhhis");
        assertThat(row.at("/1/range/@timestamp/gte").asText()).isEqualTo("1764547200123");
        assertThat(row.at("/1/range/@timestamp/lte").asText()).isEqualTo("1764547200123");
        assertThat(row.at("/1/range/@timestamp/format").asText()).isEqualTo("epoch_millis");
        assertThat(r.at("/_source/includes").toString()).contains("soc.alert.*");
    }

    @Test
    void legacyGroupsAreTwoCompositesSplitOnWhetherTheAlertHasAGroupKey() throws Exception {
        JsonNode r = json(AlertQueries.legacyGroups("a", AlertFilter.ANY, null, 20, Map.of("rule", FieldValue.of("r-1"), "key",
                FieldValue.of("source.ip=10.0.0.1")), false, null, false));

        assertThat(r.path("size").asInt()).isZero();
        JsonNode keyed = r.at("/aggregations/keyed");
        assertThat(keyed.at("/filter/exists/field").asText()).isEqualTo("soc.alert.group_key");
        assertThat(keyed.at("/aggregations/groups/composite/sources/1/key/terms/field").asText()).isEqualTo("soc.alert.group_key");
        assertThat(keyed.at("/aggregations/groups/composite/after/key").asText()).isEqualTo("source.ip=10.0.0.1");
        JsonNode hosts = r.at("/aggregations/hosts");
        assertThat(hosts.at("/filter/bool/must_not/0/exists/field").asText()).isEqualTo("soc.alert.group_key");
        assertThat(hosts.at("/aggregations/groups/composite/sources/1/key/terms/field").asText()).isEqualTo("host.name");
        assertThat(hosts.at("/aggregations/groups/composite/sources/1/key/terms/missing_bucket").asBoolean()).isTrue();
        assertThat(hosts.at("/aggregations/groups/composite/after").isMissingNode()).isTrue();
        assertThat(hosts.at("/aggregations/groups/aggregations").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("first", "last", "priority", "status", "latest");

        JsonNode onlyHosts = json(AlertQueries.legacyGroups("a", AlertFilter.ANY, null, 20, null, true, null, false));
        assertThat(onlyHosts.path("aggregations").has("keyed")).as("an exhausted side is not asked again").isFalse();
    }

    @Test
    void aGroupIsItsNameOrForAlertsWithoutOneItsRuleAndKeyOrHostAndAHostGroupExcludesAlertsWithAGroupKey() throws Exception {
        JsonNode host = json(AlertQueries.group(new GroupRef("r-1", "his-web-01", true)));
        JsonNode keyed = json(AlertQueries.group(new GroupRef("r-1", "source.ip=10.0.0.1", false)));
        JsonNode neither = json(AlertQueries.group(new GroupRef("r-1", null, true)));

        assertThat(host.at("/bool/minimum_should_match").asText()).isEqualTo("1");
        assertThat(host.at("/bool/should/0/term/soc.alert.group/value").asText()).isEqualTo("r-1\u001Fhhis-web-01");
        assertThat(keyed.at("/bool/should/0/term/soc.alert.group/value").asText()).isEqualTo("r-1\u001Fgsource.ip=10.0.0.1");
        assertThat(neither.at("/bool/should/0/term/soc.alert.group/value").asText()).isEqualTo("r-1\u001Fn");

        JsonNode legacyHost = host.at("/bool/should/1/bool");
        assertThat(legacyHost.at("/must_not/0/exists/field").asText()).as("only alerts without a name").isEqualTo("soc.alert.group");
        assertThat(legacyHost.at("/filter/1/term/host.name/value").asText()).isEqualTo("his-web-01");
        assertThat(legacyHost.at("/must_not/1/exists/field").asText()).isEqualTo("soc.alert.group_key");
        JsonNode legacyKeyed = keyed.at("/bool/should/1/bool");
        assertThat(legacyKeyed.at("/filter/1/term/soc.alert.group_key/value").asText()).isEqualTo("source.ip=10.0.0.1");
        assertThat(legacyKeyed.at("/must_not")).hasSize(1);
        assertThat(neither.at("/bool/should/1/bool/must_not/2/exists/field").asText()).isEqualTo("host.name");
    }

    @Test
    void aCursorRoundTripsAndIsRefusedForAnotherOrderOrWhenForged() {
        List<FieldValue> values = List.of(FieldValue.of("P1"), FieldValue.of(1764547200000L), FieldValue.NULL);
        String cursor = QueueCursor.ofSortValues("PRIORITY:asc", values);

        assertThat(QueueCursor.sortValues(cursor, "PRIORITY:asc", 3)).extracting(FieldValue::_toJsonString)
                .containsExactly("P1", "1764547200000", "null");
        assertThat(QueueCursor.sortValues(null, "TIME:desc", 2)).isEmpty();
        assertThatThrownBy(() -> QueueCursor.sortValues(cursor, "TIME:desc", 2)).isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("after"));
        assertThatThrownBy(() -> QueueCursor.sortValues("not-a-cursor!", "TIME:desc", 2)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> QueueCursor.groups(cursor)).isInstanceOf(InvalidFieldException.class).hasMessageContaining("groups");

        QueueCursor.GroupPosition p = new QueueCursor.GroupPosition(Map.of("rule", FieldValue.of("r"), "key", FieldValue.of("k")), false,
                null, true);
        QueueCursor.GroupPosition back = QueueCursor.groups(QueueCursor.ofGroups(p));
        assertThat(back.keyed().get("key").stringValue()).isEqualTo("k");
        assertThat(back.hostsDone()).isTrue();
        assertThat(back.hosts()).isNull();

        String group = QueueCursor.ofGroup("r\u001Fhhis");
        assertThat(QueueCursor.groupsAfter(group)).isEqualTo(new QueueCursor.GroupsAfter("r\u001Fhhis", null));
        assertThat(QueueCursor.groupsAfter(null)).isEqualTo(QueueCursor.GroupsAfter.START);
        assertThat(QueueCursor.groupsAfter(QueueCursor.ofGroups(p)).legacy().keyed().get("key").stringValue())
                .as("a cursor of the legacy grouping goes on the legacy way").isEqualTo("k");
        assertThatThrownBy(() -> QueueCursor.groupsAfter(cursor)).isInstanceOf(InvalidFieldException.class);
    }
}
