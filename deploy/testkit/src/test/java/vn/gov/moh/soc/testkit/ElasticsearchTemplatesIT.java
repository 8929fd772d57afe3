package vn.gov.moh.soc.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.naming.Namespace;

@RealStack
class ElasticsearchTemplatesIT {
    private static RestClient rest;
    private static ElasticsearchClient client;

    @BeforeAll
    static void connect(ElasticsearchEndpoint es) {
        rest = RestClient.builder(HttpHost.create(es.url())).build();
        client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
    }

    @AfterAll
    static void disconnect() throws Exception {
        rest.close();
    }

    @Test
    void aDailyEventsIndexIsCreatedFromTheTemplateWithEcsTypes(Namespace ns) throws Exception {
        String index = ns.eventsIndex(LocalDate.now(ZoneOffset.UTC));
        client.index(i -> i.index(index).id("agent-1:file:42").refresh(Refresh.True).withJson(new java.io.StringReader("""
                {"@timestamp":"2026-11-21T10:00:01Z",
                 "event":{"kind":"event","category":["authentication"],"outcome":"failure"},
                 "host":{"name":"his-app-01","ip":["10.20.0.5"]},
                 "source":{"ip":"2001:db8:85a3::8a2e:370:7334","port":5022},
                 "user":{"name":"root"},
                 "organization":{"id":"bv-bach-mai"},
                 "message":"Failed password for root"}""")));

        Map<String, Property> properties = client.indices().getMapping(m -> m.index(index))
                .get(index).mappings().properties();
        assertThat(properties.get("source").object().properties().get("ip").isIp()).isTrue();
        assertThat(properties.get("@timestamp").isDate()).isTrue();
        assertThat(properties.get("organization").object().properties().get("id").isKeyword()).isTrue();

        SearchResponse<ObjectNode> inRange = client.search(s -> s.index(ns.eventsIndexPattern())
                .query(q -> q.term(t -> t.field("source.ip").value("2001:db8::/32"))), ObjectNode.class);
        SearchResponse<ObjectNode> outOfRange = client.search(s -> s.index(ns.eventsIndexPattern())
                .query(q -> q.term(t -> t.field("source.ip").value("10.0.0.0/8"))), ObjectNode.class);

        assertThat(inRange.hits().hits()).hasSize(1);
        assertThat(inRange.hits().hits().get(0).id()).isEqualTo("agent-1:file:42");
        assertThat(inRange.hits().hits().get(0).source().path("user").path("name").asText()).isEqualTo("root");
        assertThat(outOfRange.hits().hits()).isEmpty();
    }

    @Test
    void theAlertsIndexGetsTheRuleAndTriageFields(Namespace ns) throws Exception {
        String index = ns.alertsIndex();
        client.index(i -> i.index(index).id("rule-1:his-app-01:2026-11-21T10:00").refresh(Refresh.True)
                .withJson(new java.io.StringReader("""
                {"@timestamp":"2026-11-21T10:00:05Z",
                 "rule":{"id":"5f1b2c3d-0000-4000-8000-000000000001","name":"SSH brute force"},
                 "threat":{"technique":{"id":"T1110"}},
                 "soc":{"alert":{"priority":"P2","status":"new","event_count":12}}}""")));

        Map<String, Property> properties = client.indices().getMapping(m -> m.index(index))
                .get(index).mappings().properties();
        assertThat(properties.get("rule").object().properties().get("id").isKeyword()).isTrue();
        Property alert = properties.get("soc").object().properties().get("alert");
        assertThat(alert.object().properties().get("event_count").isLong()).isTrue();
        assertThat(alert.object().properties().get("window_start").isDate()).isTrue();

        long p2 = client.count(c -> c.index(index).query(q -> q.term(t -> t.field("soc.alert.priority").value("P2"))))
                .count();
        assertThat(p2).isEqualTo(1);
    }
}
