package vn.gov.moh.soc.jobs.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.http.HttpHost;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.gov.moh.soc.core.dlq.DeadLetter;
import vn.gov.moh.soc.core.dlq.DeadLetterJson;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.testkit.ElasticsearchEndpoint;
import vn.gov.moh.soc.testkit.KafkaEndpoint;
import vn.gov.moh.soc.testkit.RealStack;

/** The sink in a Flink job on a MiniCluster, against the test kit's real Elasticsearch and Kafka. */
@RealStack
class ElasticsearchSinkIT {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 21);
    private static RestClient rest;
    private static ElasticsearchClient es;

    @BeforeAll
    static void connect(ElasticsearchEndpoint endpoint) {
        rest = RestClient.builder(HttpHost.create(endpoint.url())).build();
        es = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
    }

    @AfterAll
    static void disconnect() throws IOException {
        rest.close();
    }

    /** An ECS event as JSON text whose id is {@code event.id}. */
    private static String event(String id, String hostName) {
        return "{\"@timestamp\":\"2026-11-21T10:00:00Z\",\"event\":{\"id\":\"" + id + "\",\"kind\":\"event\"},"
                + "\"host\":{\"name\":" + hostName + "},\"source\":{\"ip\":\"10.10.1.11\"}}";
    }

    private static List<String> events(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(event(prefix + "-" + i, "\"his-web-01\""));
        }
        return out;
    }

    /** Maps the event JSON to its daily index, with {@code event.id} as document id. */
    private static DocumentMapper<String> mapper(String index) {
        return json -> {
            try {
                return new IndexDocument(index, JSON.readTree(json).path("event").path("id").asText(),
                        json.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
            }
        };
    }

    private static ElasticsearchSinkConfig.Builder config(String url) {
        return ElasticsearchSinkConfig.builder().hosts(url).bulkActions(50).flushInterval(Duration.ofMillis(200))
                .backoff(Duration.ofMillis(100), Duration.ofSeconds(1));
    }

    private static void run(List<String> input, ElasticsearchSink<String> sink) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        env.fromData(input).rebalance().sinkTo(sink);
        env.execute("sink-test");
    }

    private static long count(String index) throws IOException {
        es.indices().refresh(r -> r.index(index));
        return es.count(c -> c.index(index)).count();
    }

    private static List<DeadLetter> deadLetters(KafkaEndpoint kafka, Namespace ns, int expected) {
        List<DeadLetter> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(kafka.consumerProperties("dlq-" + System.nanoTime()))) {
            consumer.subscribe(List.of(ns.topic(Topic.DLQ)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (out.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    out.add(DeadLetterJson.read(r.value().getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        return out;
    }

    @Test
    void everyDocumentIsIndexedOnceUnderItsIdAndAReplayOverwritesIt(ElasticsearchEndpoint endpoint, KafkaEndpoint kafka,
            Namespace ns) throws Exception {
        String index = ns.eventsIndex(DAY);
        List<String> input = events("replay", 1000);
        ElasticsearchSink<String> sink = new ElasticsearchSink<>(config(endpoint.url()).build(), mapper(index),
                KafkaDeadLetters.factory(kafka.bootstrapServers(), ns, Map.of()));

        run(input, sink);
        assertThat(count(index)).isEqualTo(1000);
        ObjectNode first = es.get(g -> g.index(index).id("replay-7"), ObjectNode.class).source();
        assertThat(first.path("event").path("id").asText()).isEqualTo("replay-7");

        run(input, sink);
        assertThat(count(index)).isEqualTo(1000);
        assertThat(es.get(g -> g.index(index).id("replay-7"), ObjectNode.class).version()).isEqualTo(2L);
    }

    @Test
    void aReplayedAlertIsCreatedOnceAndKeepsTheTriageAnAnalystSetOnIt(ElasticsearchEndpoint endpoint,
            KafkaEndpoint kafka, Namespace ns) throws Exception {
        String index = ns.alertsIndex();
        List<String> input = events("alert", 200);
        DocumentMapper<String> events = mapper(index);
        DocumentMapper<String> alerts = json -> {
            IndexDocument doc = events.toDocument(json);
            return new IndexDocument(doc.index(), doc.id(), doc.source(), IndexDocument.Operation.CREATE);
        };
        ElasticsearchSink<String> sink = new ElasticsearchSink<>(config(endpoint.url()).build(), alerts,
                KafkaDeadLetters.factory(kafka.bootstrapServers(), ns, Map.of()));

        run(input, sink);
        assertThat(count(index)).isEqualTo(200);
        // What the portal does when an analyst takes the alert.
        es.update(u -> u.index(index).id("alert-7").doc(Map.of("soc", Map.of("alert", Map.of("status", "acknowledged")))),
                ObjectNode.class);

        run(input, sink); // the replay after a restart: every document meets a 409, which counts as written

        assertThat(count(index)).isEqualTo(200);
        var stored = es.get(g -> g.index(index).id("alert-7"), ObjectNode.class);
        assertThat(stored.version()).as("not written again").isEqualTo(2L);
        assertThat(stored.source().path("soc").path("alert").path("status").asText()).isEqualTo("acknowledged");
        assertThat(es.get(g -> g.index(index).id("alert-8"), ObjectNode.class).version()).isEqualTo(1L);
    }

    @Test
    void aDocumentElasticsearchRejectsLandsInTheDeadLetterTopicWithTheReasonAndTheOthersAreIndexed(
            ElasticsearchEndpoint endpoint, KafkaEndpoint kafka, Namespace ns) throws Exception {
        String index = ns.eventsIndex(DAY.plusDays(1));
        List<String> input = new ArrayList<>(events("good", 99));
        // host.name is a keyword: an object there fails the document (ignore_malformed does not cover it).
        String bad = event("bad-1", "{\"first\":\"his-web-01\"}");
        input.add(50, bad);
        // A non-IP text in an ip field is kept, not rejected: the template sets index.mapping.ignore_malformed.
        input.add(20, event("malformed-ip", "\"his-web-01\"").replace("10.10.1.11", "not-an-ip"));
        ElasticsearchSink<String> sink = new ElasticsearchSink<>(config(endpoint.url()).build(), mapper(index),
                KafkaDeadLetters.factory(kafka.bootstrapServers(), ns, Map.of()));

        run(input, sink);

        assertThat(count(index)).isEqualTo(100);
        assertThat(es.get(g -> g.index(index).id("malformed-ip"), ObjectNode.class).source()
                .path("source").path("ip").asText()).isEqualTo("not-an-ip");
        List<DeadLetter> dlq = deadLetters(kafka, ns, 1);
        assertThat(dlq).hasSize(1);
        DeadLetter letter = dlq.get(0);
        assertThat(letter.id()).isEqualTo("bad-1");
        assertThat(letter.source()).isEqualTo("index");
        assertThat(letter.target()).isEqualTo(index);
        assertThat(letter.reason()).startsWith("400 ").contains("host.name");
        assertThat(JSON.readTree(letter.record())).isEqualTo(JSON.readTree(bad));
    }

    /**
     * Runs an unbounded job reading {@code prefix} events from a topic of their own into a sink that
     * never fills a bulk, and waits until the 300 events are in the index while the job still runs.
     */
    private static void streamUntilIndexed(ElasticsearchEndpoint endpoint, KafkaEndpoint kafka, Namespace ns,
            String prefix, int day, Duration flushInterval, long checkpointMillis) throws Exception {
        String index = ns.eventsIndex(DAY.plusDays(day));
        String topic = ns.topic(Topic.EVENTS);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(kafka.producerProperties())) {
            for (String e : events(prefix, 300)) {
                producer.send(new ProducerRecord<>(topic, prefix, e));
            }
        }
        ElasticsearchSink<String> sink = new ElasticsearchSink<>(config(endpoint.url()).bulkActions(100_000)
                .flushInterval(flushInterval).build(), mapper(index),
                KafkaDeadLetters.factory(kafka.bootstrapServers(), ns, Map.of()));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        if (checkpointMillis > 0) {
            env.enableCheckpointing(checkpointMillis);
        }
        KafkaSource<String> source = KafkaSource.<String>builder().setBootstrapServers(kafka.bootstrapServers())
                .setTopics(topic).setGroupId(prefix).setStartingOffsets(OffsetsInitializer.earliest())
                .setValueOnlyDeserializer(new SimpleStringSchema()).build();
        // The tests of this class share the namespace's events topic: keep this test's events only.
        env.fromSource(source, WatermarkStrategy.noWatermarks(), "events")
                .filter(json -> json.contains("\"" + prefix + "-")).sinkTo(sink);
        JobClient job = env.executeAsync(prefix);
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> count(index) == 300);
            assertThat(job.getJobStatus().get()).isEqualTo(JobStatus.RUNNING);
        } finally {
            job.cancel().get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aCheckpointLeavesNothingBuffered(ElasticsearchEndpoint endpoint, KafkaEndpoint kafka, Namespace ns)
            throws Exception {
        // Neither the bulk size nor the timer would send these: only the flush before a checkpoint can.
        streamUntilIndexed(endpoint, kafka, ns, "checkpointed", 2, Duration.ofHours(1), 500);
    }

    @Test
    void theFlushIntervalSendsAQuietBufferWithoutACheckpoint(ElasticsearchEndpoint endpoint, KafkaEndpoint kafka,
            Namespace ns) throws Exception {
        streamUntilIndexed(endpoint, kafka, ns, "timed", 4, Duration.ofMillis(300), 0);
    }

    @Test
    void whileElasticsearchIsUnreachableAndThenFailingTheSinkRetriesAndLosesNothing(ElasticsearchEndpoint endpoint,
            KafkaEndpoint kafka, Namespace ns) throws Exception {
        String index = ns.eventsIndex(DAY.plusDays(3));
        try (FaultyProxy proxy = new FaultyProxy(endpoint.url(), 3)) {
            ElasticsearchSink<String> sink = new ElasticsearchSink<>(config(proxy.url()).maxRetries(12)
                    .maxInFlightRequests(1).build(), mapper(index),
                    KafkaDeadLetters.factory(kafka.bootstrapServers(), ns, Map.of()));
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.setParallelism(1);
            env.fromData(events("outage", 200)).sinkTo(sink);
            JobClient job = env.executeAsync("outage-test");

            Thread.sleep(2000); // the first bulks meet a closed port
            assertThat(job.getJobStatus().get()).isEqualTo(JobStatus.RUNNING);
            proxy.start();
            job.getJobExecutionResult().get(120, TimeUnit.SECONDS);

            assertThat(proxy.failedBulks.get()).isEqualTo(3);
            assertThat(proxy.forwardedBulks.get()).isGreaterThanOrEqualTo(4); // 200 documents, 50 per bulk
        }
        assertThat(count(index)).isEqualTo(200);
        JsonNode ids = JSON.valueToTree(es.search(s -> s.index(index).size(0)
                .aggregations("ids", a -> a.cardinality(c -> c.field("event.id"))), ObjectNode.class)
                .aggregations().get("ids").cardinality().value());
        assertThat(ids.asLong()).isEqualTo(200);
    }

    @Test
    void aSlowElasticsearchHoldsTheWriterAtItsInFlightLimitAndLosesNothing(ElasticsearchEndpoint endpoint,
            KafkaEndpoint kafka, Namespace ns) throws Exception {
        String index = ns.eventsIndex(DAY.plusDays(5));
        try (FaultyProxy proxy = new FaultyProxy(endpoint.url(), 0).slow(300)) {
            proxy.start();
            ElasticsearchSink<String> sink = new ElasticsearchSink<>(config(proxy.url()).maxInFlightRequests(2)
                    .build(), mapper(index), KafkaDeadLetters.factory(kafka.bootstrapServers(), ns, Map.of()));
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.setParallelism(1);
            env.fromData(events("slow", 1000)).sinkTo(sink);
            env.execute("slow-test");

            assertThat(proxy.forwardedBulks.get()).isEqualTo(20); // 1,000 documents, 50 per bulk
            assertThat(proxy.mostConcurrentBulks.get()).isEqualTo(2);
        }
        assertThat(count(index)).isEqualTo(1000);
    }
}
