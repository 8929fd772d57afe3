package vn.gov.moh.soc.jobs.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.http.HttpHost;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.gov.moh.soc.core.asset.Asset;
import vn.gov.moh.soc.core.asset.AssetInventoryFile;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.EventJson;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.jobs.index.ElasticsearchSink;
import vn.gov.moh.soc.jobs.index.ElasticsearchSinkConfig;
import vn.gov.moh.soc.jobs.index.EventDocumentMapper;
import vn.gov.moh.soc.jobs.index.KafkaDeadLetters;
import vn.gov.moh.soc.testkit.ElasticsearchEndpoint;
import vn.gov.moh.soc.testkit.KafkaEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * Both building blocks in one job on a MiniCluster: events from Kafka, enriched from the demo
 * inventory published to {@code soc.assets}, indexed into the test kit's Elasticsearch.
 */
@RealStack
class AssetEnrichmentIT {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    private final AtomicInteger sequence = new AtomicInteger();

    private static Properties client(KafkaEndpoint kafka) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        return p;
    }

    /** Sends one event of the given host and returns its id. */
    private String send(KafkaProducer<String, String> producer, String topic, String unit, String host, String ip) {
        String id = unit + "-" + host + "-" + sequence.incrementAndGet();
        producer.send(new ProducerRecord<>(topic, host, "{\"@timestamp\":\"2026-11-21T10:00:00Z\",\"event\":{\"id\":\"" + id
                + "\"},\"organization\":{\"id\":\"" + unit + "\"},\"host\":{\"name\":\"" + host + "\",\"ip\":[\"" + ip + "\"]}}"));
        producer.flush();
        return id;
    }

    /** Sends events of the host until one is indexed with the expected asset; returns that document. */
    private ObjectNode sendUntilEnriched(ElasticsearchClient es, String index, KafkaProducer<String, String> producer,
            String topic, String unit, String host, String ip, String expectedAsset) {
        ObjectNode[] found = new ObjectNode[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
            send(producer, topic, unit, host, ip);
            es.indices().refresh(r -> r.index(index));
            SearchResponse<ObjectNode> hits = es.search(s -> s.index(index)
                    .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("host.name").value(host)))
                            .filter(f -> f.term(t -> t.field("soc.asset.id").value(expectedAsset))))), ObjectNode.class);
            if (hits.hits().hits().isEmpty()) {
                return false;
            }
            found[0] = hits.hits().hits().get(0).source();
            return true;
        });
        return found[0];
    }

    @Test
    void eventsGetTheirAssetsContextAndFollowTheInventorysChanges(KafkaEndpoint kafka, ElasticsearchEndpoint endpoint,
            Namespace ns) throws Exception {
        List<Asset> demo = AssetInventoryFile.demo();
        AssetInventoryPublisher.publish(demo, client(kafka), ns);
        String index = ns.eventsIndex(DAY);
        String topic = ns.topic(Topic.EVENTS);

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        env.enableCheckpointing(1000);
        DataStream<Event> events = env.fromSource(KafkaSource.<String>builder()
                        .setBootstrapServers(kafka.bootstrapServers()).setTopics(topic).setGroupId("enrich-it")
                        .setStartingOffsets(OffsetsInitializer.earliest())
                        .setValueOnlyDeserializer(new SimpleStringSchema()).build(),
                WatermarkStrategy.noWatermarks(), "events").map(EventJson::read);
        DataStream<AssetChange> assets = env.fromSource(AssetSource.kafka(kafka.bootstrapServers(), ns, "enrich-it-assets"),
                WatermarkStrategy.noWatermarks(), "assets");
        events.connect(AssetEnrichmentFunction.broadcast(assets))
                .process(new AssetEnrichmentFunction<>(new EventAssetEnricher()))
                .sinkTo(new ElasticsearchSink<>(ElasticsearchSinkConfig.builder().hosts(endpoint.url())
                        .flushInterval(Duration.ofMillis(200)).build(),
                        new EventDocumentMapper(ns),
                        KafkaDeadLetters.factory(kafka.bootstrapServers(), ns, Map.of())));
        JobClient job = env.executeAsync("enrich-it");
        try (RestClient rest = RestClient.builder(HttpHost.create(endpoint.url())).build();
                KafkaProducer<String, String> producer = new KafkaProducer<>(kafka.producerProperties())) {
            ElasticsearchClient es = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));

            ObjectNode his = sendUntilEnriched(es, index, producer, topic, "bv-bach-mai", "his-db-01", "10.10.1.15",
                    "bv-bach-mai-his");
            assertThat(his.path("soc").path("system").path("id").asText()).isEqualTo("bv-bach-mai-his");
            assertThat(his.path("soc").path("system").path("level").asInt()).isEqualTo(3);
            assertThat(his.path("soc").path("system").path("criticality").asText()).isEqualTo("critical");
            assertThat(his.path("soc").path("system").path("name").asText()).isEqualTo("Hệ thống thông tin bệnh viện (HIS)");

            // By address alone, in the other unit: the /32 of the PACS server inside the /24 of the Windows servers.
            ObjectNode pacs = sendUntilEnriched(es, index, producer, topic, "syt-ha-noi", "unnamed", "10.80.2.15",
                    "syt-ha-noi-pacs");
            assertThat(pacs.path("organization").path("id").asText()).isEqualTo("syt-ha-noi");

            // Without the HIS, the database server's address falls in the server subnet of the infrastructure asset.
            AssetInventoryPublisher.publish(demo.stream().filter(a -> !a.id().equals("bv-bach-mai-his")).toList(),
                    client(kafka), ns);
            sendUntilEnriched(es, index, producer, topic, "bv-bach-mai", "his-db-01", "10.10.1.15", "bv-bach-mai-infra");
        } finally {
            job.cancel().get(30, TimeUnit.SECONDS);
        }
    }
}
