package vn.gov.moh.soc.bench.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;

/**
 * Watches one run of the job over a preloaded raw topic, polling every 100 ms, and says when
 * <ul>
 * <li>{@code first}: the first output appeared on {@code soc.events} (written, not yet committed):
 * the job has read its first records;</li>
 * <li>{@code written}: {@code soc.events} holds as many records as events are expected (raw
 * records less those normalize sent to the DLQ), committed or not: everything is processed;</li>
 * <li>{@code read}: the job's consumer group has committed offsets at the end of every raw
 * partition. The Kafka source commits on checkpoint completion, so this is the checkpoint that
 * covers the last input record, when the sinks commit their transactions too;</li>
 * <li>{@code visible}: after {@code read}, no partition of {@code soc.events}, {@code soc.alerts}
 * and {@code soc.dlq} has an open transaction (last stable offset = high watermark): a
 * {@code read_committed} consumer sees every output record; with an Elasticsearch URL, also both
 * indices (after a refresh) count every event and every distinct alert id.</li>
 * </ul>
 * <pre>
 * JobProgress BOOTSTRAP NAMESPACE GROUP TIMEOUT_SECONDS STALL_SECONDS [ELASTICSEARCH_URL]
 * </pre>
 * Prints {@code RESULT ok|timeout|stalled key=value...} with the times as epoch milliseconds
 * and the counts; with {@code -Dbench.job.pid=PID}, also the steady state between a quarter and
 * nine tenths of the events ({@code steady_rate} events/s, {@code steady_cpu_us} CPU microseconds
 * of the job's process per event), which leaves out start-up and the last checkpoint. Alerts and dead letters are counted by consumers that follow their topics
 * all along ({@code read_committed}).
 */
public final class JobProgress {
    private static final long POLL_MILLIS = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private JobProgress() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5 && args.length != 6) {
            System.err.println("usage: JobProgress BOOTSTRAP NAMESPACE GROUP TIMEOUT_SECONDS STALL_SECONDS [ELASTICSEARCH_URL]");
            System.exit(2);
        }
        String bootstrap = args[0];
        Namespace ns = Namespace.of(args[1]);
        String group = args[2];
        long timeout = Long.parseLong(args[3]) * 1000;
        long stall = Long.parseLong(args[4]) * 1000;
        String es = args.length == 6 ? args[5].replaceAll("/+$", "") : null;
        long jobPid = Long.getLong("bench.job.pid", -1);

        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        Tail alerts = new Tail(bootstrap, ns.topic(Topic.ALERTS), false);
        Tail dlq = new Tail(bootstrap, ns.topic(Topic.DLQ), true);
        alerts.start();
        dlq.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (Admin admin = Admin.create(props)) {
            List<TopicPartition> raw = partitions(admin, ns.topic(Topic.RAW));
            long rawCount = sum(offsets(admin, raw, IsolationLevel.READ_UNCOMMITTED));
            List<TopicPartition> outputs = new ArrayList<>();
            List<TopicPartition> events = partitions(admin, ns.topic(Topic.EVENTS));
            outputs.addAll(events);
            outputs.addAll(partitions(admin, ns.topic(Topic.ALERTS)));
            outputs.addAll(partitions(admin, ns.topic(Topic.DLQ)));
            System.err.printf("JobProgress: %,d records on %s; watching group %s%n", rawCount, ns.topic(Topic.RAW), group);

            long begin = System.currentTimeMillis();
            long first = 0;
            long read = 0;
            long visible = 0;
            long esVisible = 0;
            long lastHw = -1;
            long lastChange = begin;
            long lastProgress = begin;
            long hwAtProgress = 0;
            List<long[]> samples = new ArrayList<>();
            long esEvents = -1;
            long esAlerts = -1;
            String state = "ok";
            while (true) {
                long now = System.currentTimeMillis();
                Map<TopicPartition, Long> hw = offsetMap(admin, outputs, IsolationLevel.READ_UNCOMMITTED);
                long eventsHw = events.stream().mapToLong(hw::get).sum();
                samples.add(new long[] {now, eventsHw, jobCpuMillis(jobPid)});
                if (first == 0 && eventsHw > 0) {
                    first = now;
                }
                if (eventsHw != lastHw) {
                    lastHw = eventsHw;
                    lastChange = now;
                }
                if (read == 0 && committed(admin, group, raw) >= rawCount) {
                    read = now;
                }
                if (read != 0 && visible == 0) {
                    Map<TopicPartition, Long> lso = offsetMap(admin, outputs, IsolationLevel.READ_COMMITTED);
                    if (lso.equals(hw) && alerts.caughtUp(hw) && dlq.caughtUp(hw)) {
                        visible = now;
                    }
                }
                if (visible != 0 && es == null) {
                    break;
                }
                if (visible != 0) {
                    long expectedEvents = rawCount - dlq.normalizeLetters.get();
                    long expectedAlerts = alerts.distinctKeys();
                    send(http, HttpRequest.newBuilder(URI.create(es + "/" + ns.eventsIndexPattern() + "," + ns.alertsIndex()
                            + "/_refresh?ignore_unavailable=true&allow_no_indices=true")).POST(HttpRequest.BodyPublishers.noBody()));
                    esEvents = count(http, es + "/" + ns.eventsIndexPattern());
                    esAlerts = count(http, es + "/" + ns.alertsIndex());
                    if (esEvents >= expectedEvents && esAlerts >= expectedAlerts) {
                        esVisible = System.currentTimeMillis();
                        break;
                    }
                }
                if (now - lastProgress >= 5000) {
                    System.err.printf("  %6.1f s  soc.events %,d records (%,.0f/s now), alerts %,d, dead letters %,d%s%n",
                            (now - begin) / 1e3, eventsHw, (eventsHw - hwAtProgress) * 1000.0 / (now - lastProgress),
                            alerts.records.get(), dlq.records.get(),
                            read != 0 ? ", all input checkpointed" + (visible != 0 ? ", Kafka output visible, ES: events "
                                    + esEvents + " alerts " + esAlerts : "") : "");
                    lastProgress = now;
                    hwAtProgress = eventsHw;
                }
                if (now - begin > timeout) {
                    state = "timeout";
                    break;
                }
                if (now - lastChange > stall && read == 0) {
                    state = "stalled";
                    break;
                }
                Thread.sleep(POLL_MILLIS);
            }
            long expectedEvents = rawCount - dlq.normalizeLetters.get();
            long written = 0;
            for (long[] s : samples) {
                if (s[1] >= expectedEvents) {
                    written = s[0];
                    break;
                }
            }
            // The steady state: from a quarter to nine tenths of the events, start-up and the last checkpoint left out.
            long[] from = null;
            long[] to = null;
            for (long[] x : samples) {
                if (from == null && x[1] >= expectedEvents / 4) {
                    from = x;
                }
                if (to == null && x[1] >= expectedEvents * 9 / 10) {
                    to = x;
                }
            }
            String steady = "";
            if (from != null && to != null && to[0] > from[0] && to[1] > from[1]) {
                steady = " steady_rate=" + Math.round((to[1] - from[1]) * 1000.0 / (to[0] - from[0]))
                        + (from[2] >= 0 ? " steady_cpu_us=" + Math.round((to[2] - from[2]) * 1000.0 / (to[1] - from[1])) : "");
            }
            alerts.stopTail();
            dlq.stopTail();
            System.out.println("RESULT " + state + " raw=" + rawCount + " first=" + first + " written=" + written
                    + " read=" + read + " visible=" + visible + " es_visible=" + esVisible + " events_offsets=" + lastHw
                    + " alerts=" + alerts.records.get() + " alert_ids=" + alerts.distinctKeys() + " dlq=" + dlq.records.get()
                    + " dlq_normalize=" + dlq.normalizeLetters.get() + " es_events=" + esEvents + " es_alerts=" + esAlerts + steady);
            System.exit(state.equals("ok") ? 0 : 3);
        }
    }

    /** Follows a topic from its beginning with {@code read_committed}, counting records (and distinct keys). */
    private static final class Tail extends Thread {
        final AtomicLong records = new AtomicLong();
        final AtomicLong normalizeLetters = new AtomicLong();
        private final Set<String> keys = new HashSet<>();
        private final Map<TopicPartition, Long> positions = new HashMap<>();
        private final KafkaConsumer<byte[], byte[]> consumer;
        private final String topic;
        private final boolean deadLetters;
        private volatile boolean running = true;

        Tail(String bootstrap, String topic, boolean deadLetters) {
            super("tail-" + topic);
            setDaemon(true);
            this.topic = topic;
            this.deadLetters = deadLetters;
            consumer = Consumers.fromBeginning(bootstrap, topic, new Properties());
        }

        @Override
        public void run() {
            while (running) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    records.incrementAndGet();
                    if (r.key() != null) {
                        synchronized (keys) {
                            keys.add(new String(r.key(), java.nio.charset.StandardCharsets.UTF_8));
                        }
                    }
                    if (deadLetters && isNormalizeLetter(r.value())) {
                        normalizeLetters.incrementAndGet();
                    }
                }
                synchronized (positions) {
                    for (TopicPartition p : consumer.assignment()) {
                        positions.put(p, consumer.position(p));
                    }
                }
            }
            consumer.close();
        }

        /** Whether this consumer has read up to the given offsets (the LSO, once no transaction is open). */
        boolean caughtUp(Map<TopicPartition, Long> ends) {
            synchronized (positions) {
                for (Map.Entry<TopicPartition, Long> e : ends.entrySet()) {
                    if (e.getKey().topic().equals(topic) && positions.getOrDefault(e.getKey(), -1L) < e.getValue()) {
                        return false;
                    }
                }
                return true;
            }
        }

        long distinctKeys() {
            synchronized (keys) {
                return keys.size();
            }
        }

        void stopTail() {
            running = false;
        }
    }

    /** CPU milliseconds (user + system) the process has used so far, from /proc; -1 when unknown. */
    private static long jobCpuMillis(long pid) {
        if (pid <= 0) {
            return -1;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After "pid (comm) ": f[0] is field 3 (state), so utime (14) is f[11] and stime f[12], in clock ticks.
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / CLOCK_TICKS;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    /** USER_HZ, 100 on Linux for every architecture that matters here. */
    private static final long CLOCK_TICKS = Long.getLong("bench.clock.ticks", 100);

    private static void send(HttpClient http, HttpRequest.Builder request) throws Exception {
        http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private static boolean isNormalizeLetter(byte[] value) {
        try {
            return value != null && "normalize".equals(JSON.readTree(value).path("source").asText());
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static long count(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/_count?ignore_unavailable=true&allow_no_indices=true"))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            return -1;
        }
        JsonNode body = JSON.readTree(r.body());
        return body.path("count").asLong(-1);
    }

    private static long committed(Admin admin, String group, List<TopicPartition> raw) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        long sum = 0;
        for (TopicPartition p : raw) {
            OffsetAndMetadata o = offsets.get(p);
            sum += o == null ? 0 : o.offset();
        }
        return sum;
    }

    static List<TopicPartition> partitions(Admin admin, String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions()
                .stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    static Map<TopicPartition, Long> offsetMap(Admin admin, List<TopicPartition> partitions, IsolationLevel isolation)
            throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(p, OffsetSpec.latest()));
        Map<TopicPartition, Long> result = new HashMap<>();
        admin.listOffsets(request, new ListOffsetsOptions(isolation)).all().get(30, TimeUnit.SECONDS)
                .forEach((p, info) -> result.put(p, info.offset()));
        return result;
    }

    static List<Long> offsets(Admin admin, List<TopicPartition> partitions, IsolationLevel isolation) throws Exception {
        Map<TopicPartition, Long> map = offsetMap(admin, partitions, isolation);
        return partitions.stream().map(map::get).toList();
    }

    static long sum(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }
}
