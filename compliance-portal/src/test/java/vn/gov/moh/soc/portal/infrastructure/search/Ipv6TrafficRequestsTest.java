package vn.gov.moh.soc.portal.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** The IPv6 traffic request as Elasticsearch receives it (the counts themselves are checked on the real server by DashboardApiIT). */
class Ipv6TrafficRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant FROM = Instant.parse("2025-12-31T17:00:00Z");
    private static final Instant TO = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant RECENT = Instant.parse("2026-11-01T08:00:00Z");

    private static JsonNode json(Set<UnitId> units, Map<String, FieldValue> after) throws Exception {
        return JSON.readTree(JsonpUtils.toJsonString(Ipv6TrafficRequests.monthly(Namespace.of("t1"), units, FROM, TO, RECENT, after),
                new JacksonJsonpMapper()));
    }

    @Test
    void oneCompositeBucketPerMonthUnitAndSystemWithTheIpv6AndRecentFilters() throws Exception {
        JsonNode r = json(null, null);

        assertThat(r.path("size").asInt()).isZero();
        JsonNode composite = r.at("/aggregations/traffic/composite");
        assertThat(composite.path("size").asInt()).isEqualTo(Ipv6TrafficRequests.PAGE);
        JsonNode month = composite.at("/sources/0/month/date_histogram");
        assertThat(month.path("calendar_interval").asText()).isEqualTo("1M");
        assertThat(month.path("time_zone").asText()).as("months of Vietnam's calendar").isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(composite.at("/sources/1/unit/terms/field").asText()).isEqualTo("organization.id");
        assertThat(composite.at("/sources/2/system/terms/field").asText()).isEqualTo("soc.system.id");
        assertThat(composite.at("/sources/2/system/terms/missing_bucket").asBoolean()).as("events matched to no system").isTrue();
        JsonNode ipv6 = r.at("/aggregations/traffic/aggregations/ipv6/filter/bool");
        assertThat(ipv6.path("minimum_should_match").asText()).isEqualTo("1");
        assertThat(ipv6.path("should")).hasSize(2);
        for (JsonNode address : ipv6.path("should")) {
            String field = address.at("/bool/filter/0/exists/field").asText();
            assertThat(field).isIn("source.ip", "destination.ip");
            assertThat(address.at("/bool/must_not/0/term").path(field).path("value").asText())
                    .as("IPv4, mapped or not, is the CIDR 0.0.0.0/0 of an ip field").isEqualTo("0.0.0.0/0");
        }
        assertThat(r.at("/aggregations/traffic/aggregations/recent/filter/range/@timestamp/gte").asText()).isEqualTo(RECENT.toString());
        assertThat(r.at("/aggregations/traffic/aggregations/recent/aggregations/ipv6/filter")).isEqualTo(r.at("/aggregations/traffic/aggregations/ipv6/filter"));
        assertThat(r.toString()).doesNotContain("\"after\"").doesNotContain("\"terms\":{\"organization.id\"");
    }

    @Test
    void anOfficersUnitsAndTheNextPageAreInTheRequest() throws Exception {
        JsonNode r = json(Set.of(UnitId.of("bv-xanh-pon"), UnitId.of("syt-ha-noi")), Map.of("month", FieldValue.of(1L), "unit",
                FieldValue.of("bv-xanh-pon"), "system", FieldValue.of("7")));

        JsonNode filters = r.at("/query/bool/filter");
        assertThat(filters.toString()).contains("{\"terms\":{\"organization.id\":[\"bv-xanh-pon\",\"syt-ha-noi\"]}}")
                .contains("\"gte\":\"" + FROM + "\"").contains("\"lt\":\"" + TO + "\"");
        assertThat(r.at("/aggregations/traffic/composite/after/system").asText()).isEqualTo("7");
    }
}
