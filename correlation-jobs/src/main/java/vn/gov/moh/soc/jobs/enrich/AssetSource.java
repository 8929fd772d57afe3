package vn.gov.moh.soc.jobs.enrich;

import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;

/** The Kafka source of {@code soc.assets}. */
public final class AssetSource {
    private AssetSource() {
    }

    /**
     * Reads the compacted topic from its start (the whole inventory), then follows it. After a
     * restore the source resumes from its checkpointed offsets and the inventory from the state.
     */
    public static KafkaSource<AssetChange> kafka(String bootstrapServers, Namespace namespace, String groupId) {
        return kafka(bootstrapServers, namespace.topic(Topic.ASSETS), groupId);
    }

    /** The same from a topic named in full. */
    public static KafkaSource<AssetChange> kafka(String bootstrapServers, String topic, String groupId) {
        return KafkaSource.<AssetChange>builder()
                .setBootstrapServers(bootstrapServers)
                .setTopics(topic)
                .setGroupId(groupId)
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setDeserializer(new AssetChangeDeserializer())
                .build();
    }
}
