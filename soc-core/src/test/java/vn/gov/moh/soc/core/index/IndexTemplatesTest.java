package vn.gov.moh.soc.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.naming.Namespace;

class IndexTemplatesTest {

    @Test
    void componentsComeBeforeTheIndexTemplatesThatUseThem() {
        List<TemplateDefinition> templates = IndexTemplates.forNamespace(Namespace.PRODUCTION);

        assertThat(templates).extracting(TemplateDefinition::apiPath).containsExactly(
                "_component_template/soc-ecs-base",
                "_component_template/soc-alert-fields",
                "_index_template/soc-events",
                "_index_template/soc-alerts");
    }

    @Test
    void indexPatternsAndComponentsFollowTheNamespace() {
        List<TemplateDefinition> templates = IndexTemplates.forNamespace(Namespace.of("t7"));

        TemplateDefinition events = templates.get(2);
        TemplateDefinition alerts = templates.get(3);
        assertThat(events.name()).isEqualTo("t7-soc-events");
        assertThat(events.body().get("index_patterns").get(0).asText()).isEqualTo("t7-soc-events-*");
        assertThat(events.body().get("composed_of").toString()).isEqualTo("[\"t7-soc-ecs-base\"]");
        assertThat(alerts.body().get("index_patterns").get(0).asText()).isEqualTo("t7-soc-alerts");
        assertThat(alerts.body().get("composed_of").toString())
                .isEqualTo("[\"t7-soc-ecs-base\",\"t7-soc-alert-fields\"]");
    }

    @Test
    void ecsAddressFieldsAreMappedAsIpSoRangeQueriesWorkForIpv4AndIpv6() {
        TemplateDefinition base = IndexTemplates.forNamespace(Namespace.PRODUCTION).get(0);
        var properties = base.body().at("/template/mappings/properties");

        for (String field : List.of("source", "destination", "host", "related")) {
            assertThat(properties.at("/" + field + "/properties/ip/type").asText())
                    .as(field + ".ip").isEqualTo("ip");
        }
        assertThat(properties.at("/@timestamp/type").asText()).isEqualTo("date");
    }

    @Test
    void theTriageStateOfAnAlertIsMappedSoTheQueueFiltersAndSortsOnIt() {
        TemplateDefinition alertFields = IndexTemplates.forNamespace(Namespace.PRODUCTION).get(1);
        var alert = alertFields.body().at("/template/mappings/properties/soc/properties/alert/properties");

        assertThat(alert.at("/status/type").asText()).isEqualTo("keyword");
        assertThat(alert.at("/priority/type").asText()).isEqualTo("keyword");
        assertThat(alert.at("/triaged_by/type").asText()).isEqualTo("keyword");
        assertThat(alert.at("/triaged_at/type").asText()).as("a date, not a string the dynamic template would make").isEqualTo("date");
        assertThat(alert.at("/triage_reason/type").asText()).isEqualTo("text");
        assertThat(alert.at("/incident_reference/type").asText()).isEqualTo("keyword");
    }

    @Test
    void theAlertsGroupIsOneKeywordWithOrdinalsBuiltAtRefreshAndTheIndexIsSortedByIt() {
        TemplateDefinition alertFields = IndexTemplates.forNamespace(Namespace.PRODUCTION).get(1);
        var group = alertFields.body().at("/template/mappings/properties/soc/properties/alert/properties/group");

        assertThat(group.path("type").asText()).isEqualTo("keyword");
        assertThat(group.path("eager_global_ordinals").asBoolean()).isTrue();
        var settings = IndexTemplates.forNamespace(Namespace.PRODUCTION).get(3).body().at("/template/settings");
        assertThat(settings.path("index.sort.field").asText()).as("a page of groups is the first documents of each segment")
                .isEqualTo("soc.alert.group");
        assertThat(settings.path("index.sort.order").asText()).isEqualTo("asc");
    }
}
