package vn.gov.moh.soc.portal.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.gov.moh.soc.core.asset.Asset;
import vn.gov.moh.soc.core.asset.AssetJson;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.portal.application.pipeline.TestRules;
import vn.gov.moh.soc.portal.interfaces.rest.PortalClient.Answer;
import vn.gov.moh.soc.stack.part.DemoUser;
import vn.gov.moh.soc.testkit.KafkaEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * The portal publishing to the test kit's Kafka: systems created, updated and re-levelled through
 * the API reach the namespace's {@code soc.assets} as soc-core assets (read back with soc-core's
 * reader, the one the correlation job's deserializer uses, and the key checked against the id as it
 * checks it); Sigma rules uploaded, refused and disabled reach {@code soc.rules} in the job's format.
 * The set-up is {@link PortalApiIT}'s, with the broker and namespace handed to the server too.
 */
@RealStack
@ExtendWith(PipelinePublishingIT.PortalWithKafka.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelinePublishingIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String YAML = "application/yaml";
    private static final String RULE_ID = TestRules.REFUSED_SUDO_ID;
    private static final String RULE = TestRules.REFUSED_SUDO;
    /** A rule the job has from its files; the portal never saw its YAML. */
    private static final String FILE_RULE_ID = "soc-linux-sudo-file-rule";
    private static PortalClient portal;
    private static long systemId;

    /** {@link PortalOnPayara} with the test kit's broker and this class's namespace. */
    public static final class PortalWithKafka extends PortalOnPayara {
        @Override
        protected List<String> serverOptions(ExtensionContext context) {
            List<String> options = new ArrayList<>(kafkaOptions(context));
            options.add("-Dportal.outbox.poll-millis=200");
            return options;
        }
    }

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.it.war")));
    }

    private PortalClient client() {
        if (portal == null) {
            portal = new PortalClient(base);
        }
        return portal;
    }

    private static Map<String, Object> system(String name, List<String> hosts, List<String> addresses) {
        return Map.of("name", name, "owner", "bv-bach-mai", "operator", "Phòng CNTT", "purpose", "Quản lý khám chữa bệnh",
                "profile", Map.of(
                        "information", Map.of("categories", List.of("PERSONAL", "PRIVATE"), "personalDataSubjects", 250000),
                        "audience", "CITIZENS_AND_BUSINESSES", "onlineService", "PARTIAL", "scope", "SINGLE_UNIT"),
                "components", List.of(Map.of("name", "web", "hostNames", hosts, "addresses", addresses)));
    }

    /**
     * Every record of the topic from its start, until the list satisfies {@code until} (or the wait is
     * over); with {@code until} null, up to the end the topic has now.
     */
    private static List<ConsumerRecord<String, byte[]>> records(KafkaEndpoint kafka, String topic,
            Predicate<List<ConsumerRecord<String, byte[]>>> until) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, byte[]>> all = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, WAIT).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, WAIT);
            Predicate<List<ConsumerRecord<String, byte[]>>> done = until != null ? until
                    : rs -> partitions.stream().allMatch(tp -> consumer.position(tp, WAIT) >= end.get(tp));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!done.test(all) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(all::add);
            }
        }
        return all;
    }

    /** The newest asset of the key once it satisfies the condition, read as the job reads it. */
    private static Asset assetOnceItShows(KafkaEndpoint kafka, Namespace ns, String key, Predicate<Asset> condition) {
        List<ConsumerRecord<String, byte[]>> all = records(kafka, ns.topic(Topic.ASSETS),
                rs -> rs.stream().anyMatch(r -> key.equals(r.key()) && r.value() != null && condition.test(AssetJson.read(r.value()))));
        ConsumerRecord<String, byte[]> last = all.stream().filter(r -> key.equals(r.key())).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no record with key " + key + " on " + ns.topic(Topic.ASSETS)));
        assertThat(last.value()).as("the newest record of " + key).isNotNull();
        Asset asset = AssetJson.read(last.value());
        assertThat(asset.id()).as("the job skips a record whose key is not the asset's id").isEqualTo(key);
        assertThat(condition).as("the newest record of " + key + ": " + asset).accepts(asset);
        return asset;
    }

    @Test
    @Order(1)
    void aCreatedSystemIsPublishedWithItsUnitSystemAndLevel(KafkaEndpoint kafka, Namespace ns) throws Exception {
        Answer created = client().call("POST", "/api/systems", DemoUser.OFFICER_BACH_MAI,
                system("HIS Bạch Mai", List.of("his-web-01"), List.of("10.10.1.0/24", "2001:db8:10:1::/64")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        systemId = created.body().path("id").asLong();
        String key = "system-" + systemId;

        Asset asset = assetOnceItShows(kafka, ns, key, a -> true);

        assertThat(asset.unitId()).isEqualTo("bv-bach-mai");
        assertThat(asset.systemId()).isEqualTo(String.valueOf(systemId));
        assertThat(asset.systemName()).isEqualTo("HIS Bạch Mai");
        assertThat(asset.hostNames()).containsExactly("his-web-01");
        assertThat(asset.ranges()).extracting(Object::toString).containsExactly("10.10.1.0/24", "2001:db8:10:1::/64");
        Answer level = client().call("POST", "/api/systems/" + systemId + "/level", DemoUser.OFFICER_BACH_MAI, Map.of());
        assertThat(asset.level().number()).as("the computed level").isEqualTo(level.body().path("computed").path("level").asInt())
                .isEqualTo(3);
    }

    @Test
    @Order(2)
    void anUpdateAndAJustifiedLevelArePublishedUnderTheSameKey(KafkaEndpoint kafka, Namespace ns) throws Exception {
        String key = "system-" + systemId;
        Answer updated = client().call("PUT", "/api/systems/" + systemId, DemoUser.ADMIN,
                system("HIS Bạch Mai (EMR)", List.of("his-web-01", "emr-app-01"), List.of("10.10.1.0/24", "10.10.9.5-20")));
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);

        Asset asset = assetOnceItShows(kafka, ns, key, a -> a.systemName().equals("HIS Bạch Mai (EMR)"));

        assertThat(asset.hostNames()).containsExactly("his-web-01", "emr-app-01");
        assertThat(asset.ranges()).extracting(Object::toString)
                .containsExactly("10.10.1.0/24", "10.10.9.5/32", "10.10.9.6/31", "10.10.9.8/29", "10.10.9.16/30", "10.10.9.20/32");
        assertThat(asset.level()).isEqualTo(SecurityLevel.LEVEL_3);

        Answer proposed = client().call("POST", "/api/systems/" + systemId + "/level", DemoUser.OFFICER_BACH_MAI,
                Map.of("proposedLevel", 4, "justification", "The EMR is the regional reference for 12 provinces."));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);

        assertThat(assetOnceItShows(kafka, ns, key, a -> a.level() == SecurityLevel.LEVEL_4).systemName()).isEqualTo("HIS Bạch Mai (EMR)");
    }

    @Test
    @Order(3)
    void rulesArePublishedAndDisabledOnlyWhenTheEngineAcceptsThem(KafkaEndpoint kafka, Namespace ns) throws Exception {
        long auditBefore = client().auditRecords();
        Answer invalid = client().call("POST", "/api/rules", DemoUser.ANALYST, YAML,
                RULE.replace("  condition: selection", "  condition: [selection\n   bad: }"));
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
        assertThat(invalid.isProblem()).isTrue();
        assertThat(invalid.body().path("field").asText()).isEqualTo("yaml");
        assertThat(invalid.body().path("line").asInt()).isBetween(11, 13);
        assertThat(invalid.body().path("detail").asText()).contains("not valid YAML");
        Answer unknownSearch = client().call("POST", "/api/rules", DemoUser.ANALYST, YAML,
                RULE.replace("condition: selection", "condition: selection and nothere"));
        assertThat(unknownSearch.status()).as(unknownSearch.toString()).isEqualTo(400);
        assertThat(unknownSearch.body().path("detail").asText()).contains("nothere");
        assertThat(client().auditRecords()).as("refused rules leave no trace").isEqualTo(auditBefore);

        assertThat(client().call("POST", "/api/rules", DemoUser.OFFICER_BACH_MAI, YAML, RULE).status()).isEqualTo(403);
        assertThat(client().call("POST", "/api/rules", DemoUser.AUDITOR, YAML, RULE).status()).isEqualTo(403);
        Answer published = client().call("POST", "/api/rules", DemoUser.ANALYST, YAML, RULE);
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(published.body().path("id").asText()).isEqualTo(RULE_ID);
        assertThat(published.body().path("enabled").asBoolean()).isTrue();
        Answer edited = client().call("PUT", "/api/rules/" + RULE_ID, DemoUser.ADMIN, YAML, RULE.replace("level: high", "level: critical"));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.body().path("level").asText()).isEqualTo("critical");
        Answer mismatch = client().call("PUT", "/api/rules/another-id", DemoUser.ADMIN, YAML, RULE);
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.body().path("field").asText()).isEqualTo("id");

        assertThat(client().call("POST", "/api/rules/" + RULE_ID + "/disable", DemoUser.OFFICER_BACH_MAI, null).status()).isEqualTo(403);
        Answer disabled = client().call("POST", "/api/rules/" + RULE_ID + "/disable", DemoUser.ANALYST, null);
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(disabled.body().path("enabled").asBoolean()).isFalse();
        Answer fileRule = client().call("POST", "/api/rules/" + FILE_RULE_ID + "/disable", DemoUser.ADMIN, null);
        assertThat(fileRule.status()).as("a rule of the job's own files, by id: " + fileRule).isEqualTo(200);
        assertThat(fileRule.body().path("kind").asText()).isEqualTo("external");
        assertThat(client().call("POST", "/api/rules/not%20an%20id/disable", DemoUser.ADMIN, null).status()).isEqualTo(400);
        assertThat(client().auditRecords()).as("publish, edit, disable, disable by id").isEqualTo(auditBefore + 4);

        Answer list = client().call("GET", "/api/rules", DemoUser.AUDITOR, null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().path("items")).extracting(r -> r.path("id").asText() + " " + r.path("enabled").asBoolean())
                .containsExactly(RULE_ID + " false", FILE_RULE_ID + " false");
        assertThat(client().call("GET", "/api/rules", DemoUser.OFFICER_BACH_MAI, null).status()).isEqualTo(403);
        assertThat(client().call("GET", "/api/rules/" + RULE_ID, DemoUser.AUDITOR, null).body().path("yaml").asText()).contains("critical");

        List<ConsumerRecord<String, byte[]>> onTopic = records(kafka, ns.topic(Topic.RULES), rs -> rs.size() >= 4);
        assertThat(onTopic).as("only accepted changes, in order").extracting(ConsumerRecord::key)
                .containsExactly(RULE_ID, RULE_ID, RULE_ID, FILE_RULE_ID);
        assertThat(onTopic.get(3).value()).isNotNull().isEmpty();
        assertThat(new String(onTopic.get(0).value(), StandardCharsets.UTF_8)).isEqualTo(RULE);
        assertThat(new String(onTopic.get(1).value(), StandardCharsets.UTF_8)).contains("level: critical");
        assertThat(onTopic.get(2).value()).as("disabled: an empty value, which compaction keeps").isNotNull().isEmpty();
    }

    @Test
    @Order(4)
    void republishingSendsEveryAssetAndRuleAgain(KafkaEndpoint kafka, Namespace ns) throws Exception {
        int assetsBefore = records(kafka, ns.topic(Topic.ASSETS), null).size();
        assertThat(client().call("POST", "/api/pipeline/republish", DemoUser.ANALYST, null).status()).isEqualTo(403);

        Answer republished = client().call("POST", "/api/pipeline/republish", DemoUser.ADMIN, null);

        assertThat(republished.status()).as(republished.toString()).isEqualTo(200);
        assertThat(republished.body().path("systems").asInt()).isEqualTo(1);
        assertThat(republished.body().path("rules").asInt()).isEqualTo(2);
        List<ConsumerRecord<String, byte[]>> rules = records(kafka, ns.topic(Topic.RULES), rs -> rs.size() >= 6);
        assertThat(rules).hasSize(6);
        assertThat(rules.subList(4, 6)).as("both rules still disabled").allSatisfy(r -> assertThat(r.value()).isEmpty())
                .extracting(ConsumerRecord::key).containsExactly(RULE_ID, FILE_RULE_ID);
        List<ConsumerRecord<String, byte[]>> assets = records(kafka, ns.topic(Topic.ASSETS), rs -> rs.size() > assetsBefore);
        assertThat(assets).hasSize(assetsBefore + 1);
        assertThat(AssetJson.read(assets.get(assetsBefore).value()).level()).isEqualTo(SecurityLevel.LEVEL_4);
    }

    @Test
    @Order(5)
    void healthShowsPublishingEnabledWithNothingPending() throws Exception {
        // Payara Micro serves /health at the server's root, not under the application's context.
        PortalClient server = new PortalClient(new URL(base, "/"));
        JsonNode check = null;
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            check = pipelineCheck(server.call("GET", "/health", DemoUser.ADMIN, null).body());
            if (check != null && check.path("data").path("pending").asLong(-1) == 0) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(check).as("the soc-pipeline check in /health").isNotNull();
        assertThat(check.path("status").asText()).isEqualTo("UP");
        assertThat(check.path("data").path("publishing").asText()).isEqualTo("enabled");
        assertThat(check.path("data").path("pending").asLong()).isZero();
    }

    private static JsonNode pipelineCheck(JsonNode health) {
        for (JsonNode c : health.path("checks")) {
            if (c.path("name").asText().equals("soc-pipeline")) {
                return c;
            }
        }
        return null;
    }
}
