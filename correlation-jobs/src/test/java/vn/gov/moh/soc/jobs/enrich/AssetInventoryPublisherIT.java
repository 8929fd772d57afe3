package vn.gov.moh.soc.jobs.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.asset.Asset;
import vn.gov.moh.soc.core.asset.AssetInventoryFile;
import vn.gov.moh.soc.core.asset.AssetJson;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.testkit.KafkaEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/** The inventory publisher against the test kit's real Kafka and its compacted soc.assets. */
@RealStack
class AssetInventoryPublisherIT {

    private static Properties client(KafkaEndpoint kafka) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        return p;
    }

    /** Every record of the topic, in order per key: what the enrichment's source reads. */
    private static Map<String, List<byte[]>> history(KafkaEndpoint kafka, Namespace ns, int atLeast) {
        Properties p = kafka.consumerProperties("history-" + System.nanoTime());
        Map<String, List<byte[]>> out = new HashMap<>();
        int n = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(ns.topic(Topic.ASSETS)));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (n < atLeast && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(300))) {
                    out.computeIfAbsent(new String(r.key(), StandardCharsets.UTF_8), k -> new ArrayList<>()).add(r.value());
                    n++;
                }
            }
        }
        return out;
    }

    @Test
    void theTopicEndsUpHoldingExactlyTheInventoryWithTombstonesForRemovedAssets(KafkaEndpoint kafka, Namespace ns)
            throws Exception {
        List<Asset> demo = AssetInventoryFile.demo();

        AssetInventoryPublisher.Result first = AssetInventoryPublisher.publish(demo, client(kafka), ns);

        assertThat(first).isEqualTo(new AssetInventoryPublisher.Result(14, 0, 0));
        Map<String, AssetInventoryPublisher.Live> held = AssetInventoryPublisher.read(client(kafka), ns.topic(Topic.ASSETS));
        assertThat(held).hasSize(14);
        for (Asset a : demo) {
            assertThat(AssetJson.read(held.get(a.id()).value())).isEqualTo(a);
        }

        assertThat(AssetInventoryPublisher.publish(demo, client(kafka), ns))
                .isEqualTo(new AssetInventoryPublisher.Result(0, 14, 0));

        List<Asset> fewer = demo.stream().filter(a -> !a.id().equals("syt-ha-noi-office")).toList();
        assertThat(AssetInventoryPublisher.publish(fewer, client(kafka), ns))
                .isEqualTo(new AssetInventoryPublisher.Result(0, 13, 1));

        Map<String, List<byte[]>> history = history(kafka, ns, 15);
        assertThat(history.get("syt-ha-noi-office")).hasSize(2);
        assertThat(history.get("syt-ha-noi-office").get(1)).isNull();
        assertThat(history.get("bv-bach-mai-his")).hasSize(1);
        assertThat(AssetInventoryPublisher.read(client(kafka), ns.topic(Topic.ASSETS))).hasSize(13)
                .doesNotContainKey("syt-ha-noi-office");

        // Another publisher on the same topic: the portal writes system-<id> without the owner header.
        byte[] portalAsset = AssetJson.write(demo.get(0)).clone();
        try (KafkaProducer<byte[], byte[]> portal = new KafkaProducer<>(client(kafka), new ByteArraySerializer(), new ByteArraySerializer())) {
            portal.send(new ProducerRecord<>(ns.topic(Topic.ASSETS), "system-12".getBytes(StandardCharsets.UTF_8), portalAsset)).get();
            ProducerRecord<byte[], byte[]> marked = new ProducerRecord<>(ns.topic(Topic.ASSETS),
                    "system-13".getBytes(StandardCharsets.UTF_8), portalAsset);
            marked.headers().add(AssetInventoryPublisher.OWNER_HEADER, "compliance-portal".getBytes(StandardCharsets.UTF_8));
            portal.send(marked).get();
        }
        assertThat(AssetInventoryPublisher.publish(fewer, client(kafka), ns))
                .as("keys it did not write are neither deleted nor counted").isEqualTo(new AssetInventoryPublisher.Result(0, 13, 0));
        assertThat(AssetInventoryPublisher.publish(List.of(), client(kafka), ns))
                .as("an empty inventory removes what the inventory wrote").isEqualTo(new AssetInventoryPublisher.Result(0, 0, 13));
        assertThat(AssetInventoryPublisher.read(client(kafka), ns.topic(Topic.ASSETS))).containsOnlyKeys("system-12", "system-13");
        Asset clash = AssetJson.read(portalAsset);
        Asset renamed = AssetJson.asset("system-12", clash.unitId(), clash.systemId(), clash.systemName(), clash.level(),
                clash.criticality(), clash.hostNames(), clash.ranges().stream().map(Object::toString).toList());
        assertThatThrownBy(() -> AssetInventoryPublisher.publish(List.of(renamed), client(kafka), ns))
                .hasMessageContaining("asset id 'system-12'").hasMessageContaining("another publisher (no soc.asset.owner header)");
        assertThat(AssetInventoryPublisher.read(client(kafka), ns.topic(Topic.ASSETS)).get("system-12").value()).isEqualTo(portalAsset);
    }

    @Test
    void aTopicThatDoesNotExistIsNamed(KafkaEndpoint kafka) {
        assertThatThrownBy(() -> AssetInventoryPublisher.publish(List.of(), client(kafka), Namespace.of("no-such-ns")))
                .hasMessageContaining("no-such-ns.soc.assets");
    }
}
