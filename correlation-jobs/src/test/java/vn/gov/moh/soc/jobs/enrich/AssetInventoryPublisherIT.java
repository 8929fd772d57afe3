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
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
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
        Map<String, byte[]> held = AssetInventoryPublisher.read(client(kafka), ns.topic(Topic.ASSETS));
        assertThat(held).hasSize(14);
        for (Asset a : demo) {
            assertThat(AssetJson.read(held.get(a.id()))).isEqualTo(a);
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
    }

    @Test
    void aTopicThatDoesNotExistIsNamed(KafkaEndpoint kafka) {
        assertThatThrownBy(() -> AssetInventoryPublisher.publish(List.of(), client(kafka), Namespace.of("no-such-ns")))
                .hasMessageContaining("no-such-ns.soc.assets");
    }
}
