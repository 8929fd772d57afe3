package vn.gov.moh.soc.bench.job;

import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import vn.gov.moh.soc.core.naming.Topic;

/** The benchmark's readers: what a downstream consumer of the job's topics would be. */
final class Consumers {
    private Consumers() {
    }

    /**
     * A consumer of raw bytes that sees committed records only ({@code read_committed}, as the
     * job's readers must), with the job's fetch size, assigned every partition of the topic from
     * its beginning; no group, nothing committed.
     */
    static KafkaConsumer<byte[], byte[]> fromBeginning(String bootstrap, String topic, Properties extra) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(Topic.MAX_RECORD_BYTES));
        props.putAll(extra);
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }
}
