package vn.gov.moh.soc.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;

@RealStack
class KafkaRoundTripIT {

    @Test
    void aRecordProducedToTheRawTopicIsConsumedBackWithItsKeyAndHeaders(KafkaEndpoint kafka, Namespace ns)
            throws Exception {
        String topic = ns.topic(Topic.RAW);
        String line = "Nov 21 10:00:01 his-app-01 sshd[812]: Failed password for root from 10.1.2.3 port 5022 ssh2";
        RecordMetadata sent;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(kafka.producerProperties())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, "his-app-01", line);
            record.headers().add("agent.id", "agent-7".getBytes(StandardCharsets.UTF_8));
            sent = producer.send(record).get(30, TimeUnit.SECONDS);
        }

        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(kafka.consumerProperties("round-trip"))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (received.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }
        }

        assertThat(received).hasSize(1);
        ConsumerRecord<String, String> got = received.get(0);
        assertThat(got.key()).isEqualTo("his-app-01");
        assertThat(got.value()).isEqualTo(line);
        assertThat(got.partition()).isEqualTo(sent.partition());
        assertThat(new String(got.headers().lastHeader("agent.id").value(), StandardCharsets.UTF_8))
                .isEqualTo("agent-7");
    }

    @Test
    void everyTopicOfTheArchitectureExistsWithItsRetentionPolicy(KafkaEndpoint kafka, Namespace ns)
            throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            var names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            for (Topic topic : Topic.values()) {
                assertThat(names).contains(ns.topic(topic));
            }
            ConfigResource rules = new ConfigResource(ConfigResource.Type.TOPIC, ns.topic(Topic.RULES));
            ConfigResource raw = new ConfigResource(ConfigResource.Type.TOPIC, ns.topic(Topic.RAW));
            Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(rules, raw)).all().get(30, TimeUnit.SECONDS);

            assertThat(configs.get(rules).get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(configs.get(raw).get("cleanup.policy").value()).isEqualTo("delete");
            assertThat(configs.get(raw).get("message.timestamp.type").value()).isEqualTo("LogAppendTime");
            assertThat(admin.describeTopics(List.of(ns.topic(Topic.RAW))).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(ns.topic(Topic.RAW)).partitions()).hasSize(Topic.RAW.defaultPartitions());
        }
    }

    @Test
    void eachTestClassHasItsOwnNamespace(Namespace ns) {
        assertThat(ns.prefix()).startsWith("t-kafkaroundtripit-");
        assertThat(ns.topic(Topic.RAW)).isNotEqualTo(Namespace.PRODUCTION.topic(Topic.RAW));
    }
}
