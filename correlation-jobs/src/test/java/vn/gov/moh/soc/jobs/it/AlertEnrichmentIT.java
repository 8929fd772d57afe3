package vn.gov.moh.soc.jobs.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.moh.soc.core.asset.AssetInventoryFile;
import vn.gov.moh.soc.core.asset.Priority;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.core.envelope.Envelope;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.core.sigma.AlertGroupName;
import vn.gov.moh.soc.jobs.enrich.AssetInventoryPublisher;
import vn.gov.moh.soc.testkit.ElasticsearchEndpoint;
import vn.gov.moh.soc.testkit.KafkaEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/**
 * The whole job with the demo inventory published to {@code soc.assets}: a refused sudo on a HIS
 * server of {@code bv-bach-mai} raises an alert that carries, on {@code soc.alerts} and in
 * {@code soc-alerts}, the unit, the information system, its Decree 85 level and the priority;
 * the same on a host the inventory does not list carries only the priority of an unknown system.
 * A brute force from a workstation of the hospital against that HIS server, a correlation grouped by
 * {@code source.ip} alone, carries the attacked host, its asset and priority, and the workstation's
 * asset as the source's.
 */
@RealStack
class AlertEnrichmentIT {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNIT = "bv-bach-mai";

    @TempDir
    Path checkpoints;

    private final AtomicLong offsets = new AtomicLong();

    private Envelope refusedSudo(String host) {
        String line = "<86>1 2026-11-21T10:00:45Z " + host + " sudo - - - mallory : user NOT in sudoers ; TTY=pts/0 ;"
                + " PWD=/home/mallory ; USER=root ; COMMAND=/bin/bash";
        return new Envelope("agent-assets", UNIT, host, "auth", "syslog", "/var/log/auth.log",
                Long.toString(offsets.incrementAndGet()), Instant.parse("2026-11-21T10:05:00Z"), line,
                line.getBytes(StandardCharsets.UTF_8).length, Set.of());
    }

    /**
     * Sends the line until its alert comes with the expected asset (the first ones may pass before
     * the job has read the inventory, by design); returns that alert.
     */
    private static JsonNode sendUntil(Pipeline pipeline, Pipeline.TopicReader alerts, java.util.function.Supplier<Envelope> line,
            String expectedAsset) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        int seen = 0;
        while (System.nanoTime() < deadline) {
            Envelope e = line.get();
            pipeline.sendRaw(List.of(e));
            List<ConsumerRecord<String, String>> all = alerts.settle(Duration.ofSeconds(1));
            for (ConsumerRecord<String, String> r : all.subList(seen, all.size())) {
                JsonNode a = JSON.readTree(r.value());
                String asset = a.path("soc").path("asset").path("id").asText(null);
                if (a.path("host").path("name").asText().equals(e.host()) && java.util.Objects.equals(asset, expectedAsset)) {
                    return a;
                }
            }
            seen = all.size();
        }
        throw new AssertionError("no alert with asset " + expectedAsset + " in 90 s");
    }

    @Test
    void anAlertOnAnInventoriedHostCarriesItsUnitSystemLevelAndPriority(KafkaEndpoint kafka,
            ElasticsearchEndpoint elasticsearch, Namespace ns) throws Exception {
        Properties client = new Properties();
        client.put("bootstrap.servers", kafka.bootstrapServers());
        AssetInventoryPublisher.publish(AssetInventoryFile.demo(), client, ns);
        Pipeline pipeline = new Pipeline(kafka, ns, checkpoints);

        JobClient job = pipeline.start(Optional.empty(), Pipeline.indexing(elasticsearch));
        try (var alerts = pipeline.reader(Topic.ALERTS)) {
            JsonNode his = sendUntil(pipeline, alerts, () -> refusedSudo("his-web-01"), "bv-bach-mai-his");
            String expectedPriority = Priority.of("medium", SecurityLevel.of(3)).name();
            assertThat(his.path("rule").path("name").asText()).isEqualTo("Sudo Or Su Refused");
            assertThat(his.path("organization").path("id").asText()).isEqualTo(UNIT);
            assertThat(his.path("soc").path("asset").path("id").asText()).isEqualTo("bv-bach-mai-his");
            assertThat(his.path("soc").path("system").path("id").asText()).isEqualTo("bv-bach-mai-his");
            assertThat(his.path("soc").path("system").path("name").asText()).contains("HIS");
            assertThat(his.path("soc").path("system").path("level").asInt()).isEqualTo(3);
            assertThat(his.path("soc").path("system").path("criticality").asText()).isEqualTo("critical");
            assertThat(his.path("soc").path("alert").path("priority").asText()).isEqualTo(expectedPriority);
            assertThat(AlertGroupName.parse(his.path("soc").path("alert").path("group").asText())).as("the console's group: rule and host")
                    .isEqualTo(new AlertGroupName(his.path("rule").path("id").asText(), "his-web-01", true));

            JsonNode unknown = sendUntil(pipeline, alerts, () -> refusedSudo("kiosk-99"), null);
            assertThat(unknown.path("soc").path("system").isMissingNode()).isTrue();
            assertThat(unknown.path("soc").path("alert").path("priority").asText())
                    .isEqualTo(Priority.of("medium", null).name());

            // Eight failed logins from a workstation (office range 10.10.16.0/20) against the HIS server.
            List<Envelope> bruteForce = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String line = String.format("<38>1 2026-11-21T10:01:%02dZ his-web-01 sshd 900 - - Failed password for"
                        + " admin from 10.10.20.5 port %d ssh2", i * 5, 50000 + i);
                bruteForce.add(new Envelope("agent-assets", UNIT, "his-web-01", "auth", "syslog", "/var/log/auth.log",
                        Long.toString(offsets.incrementAndGet()), Instant.parse("2026-11-21T10:05:00Z"), line,
                        line.getBytes(StandardCharsets.UTF_8).length, Set.of()));
            }
            pipeline.sendRaw(bruteForce);
            long sent = System.nanoTime();
            JsonNode brute = null;
            for (ConsumerRecord<String, String> r : alerts.await(rs -> rs.stream().anyMatch(r -> r.value().contains(
                    "SSH Brute Force From One Source")), Duration.ofSeconds(60), "the brute-force alert")) {
                JsonNode a = JSON.readTree(r.value());
                if (a.path("rule").path("name").asText().equals("SSH Brute Force From One Source")) {
                    brute = a;
                }
            }
            System.out.println("brute-force alert " + Duration.ofNanos(System.nanoTime() - sent).toMillis()
                    + " ms after its last line");
            assertThat(brute.path("source").path("ip").asText()).isEqualTo("10.10.20.5");
            assertThat(brute.path("host").path("name").asText()).as("the attacked host").isEqualTo("his-web-01");
            assertThat(brute.path("organization").path("id").asText()).isEqualTo(UNIT);
            assertThat(brute.path("soc").path("asset").path("id").asText()).isEqualTo("bv-bach-mai-his");
            assertThat(brute.path("soc").path("system").path("level").asInt()).isEqualTo(3);
            assertThat(brute.path("soc").path("alert").path("priority").asText())
                    .isEqualTo(Priority.of("high", SecurityLevel.of(3)).name());
            assertThat(brute.path("soc").path("source").path("asset").path("id").asText()).isEqualTo("bv-bach-mai-office");
            assertThat(brute.path("soc").path("source").path("system").path("level").asInt()).isEqualTo(2);
            assertThat(AlertGroupName.parse(brute.path("soc").path("alert").path("group").asText()))
                    .as("a correlation's group: rule and group key, whatever hosts it names").isEqualTo(new AlertGroupName(
                            brute.path("rule").path("id").asText(), brute.path("soc").path("alert").path("group_key").asText(), false));

            // The same document in soc-alerts, under the alert's id.
            String id = his.path("event").path("id").asText();
            Indices indices = new Indices(elasticsearch);
            JsonNode indexed = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (indexed == null && System.nanoTime() < deadline) {
                indexed = indices.documents(ns.alertsIndex()).stream().filter(d -> d.path("_id").asText().equals(id))
                        .findFirst().orElse(null);
                Thread.sleep(200);
            }
            assertThat(indexed).as("alert " + id + " in " + ns.alertsIndex()).isNotNull();
            JsonNode source = indexed.path("_source");
            assertThat(source.path("organization").path("id").asText()).isEqualTo(UNIT);
            assertThat(source.path("soc").path("system").path("id").asText()).isEqualTo("bv-bach-mai-his");
            assertThat(source.path("soc").path("system").path("level").asInt()).isEqualTo(3);
            assertThat(source.path("soc").path("alert").path("priority").asText()).isEqualTo(expectedPriority);
            assertThat(source.path("soc").path("alert").path("group").asText()).isEqualTo(his.path("soc").path("alert").path("group").asText());
            JsonNode mapping = indices.mapping(ns.alertsIndex()).at("/soc/properties/alert/properties/group");
            assertThat(mapping.path("type").asText()).isEqualTo("keyword");
            assertThat(mapping.path("eager_global_ordinals").asBoolean()).isTrue();
        } finally {
            Pipeline.cancel(job);
        }
    }
}
