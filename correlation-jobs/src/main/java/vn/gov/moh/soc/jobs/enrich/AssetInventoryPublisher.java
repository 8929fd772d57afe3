package vn.gov.moh.soc.jobs.enrich;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import vn.gov.moh.soc.core.asset.Asset;
import vn.gov.moh.soc.core.asset.AssetInventoryFile;
import vn.gov.moh.soc.core.asset.AssetJson;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;

/**
 * Makes the assets this publisher owns on {@code soc.assets} be exactly an inventory: reads what the
 * compacted topic holds now, writes each asset that is new or changed (key = asset id), and a
 * tombstone for each asset it wrote earlier that the inventory no longer has. Unchanged assets are
 * not written again, so the enrichment functions see no change for them. Waits until the broker has
 * every record.
 *
 * <p>Other publishers share the topic (the compliance portal writes {@code system-<id>}): every
 * record written here carries the header {@value #OWNER_HEADER} = {@value #OWNER}, and only a key
 * whose newest record carries it is deleted or replaced; an inventory naming a key another
 * publisher holds is refused. So an empty inventory removes what an earlier inventory wrote and
 * nothing else.
 *
 * <pre>java -cp correlation-jobs.jar vn.gov.moh.soc.jobs.enrich.AssetInventoryPublisher \
 *     --bootstrap-servers 127.0.0.1:9092 [--namespace t1] (--file assets.yml | --demo)</pre>
 */
public final class AssetInventoryPublisher {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** The record header naming who wrote an asset. */
    public static final String OWNER_HEADER = "soc.asset.owner";
    /** Its value on the records this publisher writes. */
    public static final String OWNER = "asset-inventory";

    /** What a publication did. */
    public record Result(int written, int unchanged, int deleted) {
    }

    private AssetInventoryPublisher() {
    }

    /**
     * Publishes the inventory.
     *
     * @param clientProperties Kafka client settings: at least {@code bootstrap.servers}
     * @throws IOException if the topic cannot be read or a record is not acknowledged in time
     */
    public static Result publish(List<Asset> assets, Properties clientProperties, Namespace namespace)
            throws IOException {
        return publish(assets, clientProperties, namespace.topic(Topic.ASSETS));
    }

    /** The same into a topic named in full (the job's {@code assets.topic}). */
    public static Result publish(List<Asset> assets, Properties clientProperties, String topic) throws IOException {
        Map<String, Live> current = read(clientProperties, topic);
        Map<String, byte[]> wanted = new LinkedHashMap<>();
        for (Asset a : assets) {
            if (wanted.put(a.id(), AssetJson.write(a)) != null) {
                throw new IllegalArgumentException("asset id '" + a.id() + "' appears twice");
            }
            Live held = current.get(a.id());
            if (held != null && !held.ours()) {
                throw new IllegalArgumentException("asset id '" + a.id() + "' is published on " + topic
                        + " by another publisher (" + held.owner() + "); the inventory may not replace it");
            }
        }
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        int written = 0;
        int unchanged = 0;
        int deleted = 0;
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (Map.Entry<String, byte[]> e : wanted.entrySet()) {
                Live held = current.get(e.getKey());
                if (held != null && Arrays.equals(held.value(), e.getValue())) {
                    unchanged++;
                } else {
                    sent.add(producer.send(owned(topic, e.getKey(), e.getValue())));
                    written++;
                }
            }
            for (Map.Entry<String, Live> e : current.entrySet()) {
                if (e.getValue().ours() && !wanted.containsKey(e.getKey())) {
                    sent.add(producer.send(owned(topic, e.getKey(), null)));
                    deleted++;
                }
            }
            producer.flush();
            for (Future<RecordMetadata> f : sent) {
                f.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("could not write the inventory to " + topic + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing " + topic, e);
        }
        return new Result(written, unchanged, deleted);
    }

    /**
     * A key's newest record.
     *
     * @param owner the value of its {@value #OWNER_HEADER} header, or "no owner header"
     */
    record Live(byte[] value, String owner) {
        boolean ours() {
            return OWNER.equals(owner);
        }
    }

    private static ProducerRecord<byte[], byte[]> owned(String topic, String id, byte[] value) {
        ProducerRecord<byte[], byte[]> r = new ProducerRecord<>(topic, key(id), value);
        r.headers().add(OWNER_HEADER, OWNER.getBytes(StandardCharsets.UTF_8));
        return r;
    }

    /** The assets the topic holds now: the latest value per key with its owner, tombstones removing the key. */
    static Map<String, Live> read(Properties clientProperties, String topic) throws IOException {
        Properties p = new Properties();
        p.putAll(clientProperties);
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false"); // a wrong namespace must not create topics
        Map<String, Live> live = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, TIMEOUT);
            if (infos == null || infos.isEmpty()) {
                throw new IOException("topic " + topic + " does not exist");
            }
            List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp, TIMEOUT) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("could not read " + topic + " to its end within " + TIMEOUT.toSeconds() + " s");
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key() == null) {
                        continue;
                    }
                    String id = new String(r.key(), StandardCharsets.UTF_8);
                    if (r.value() == null) {
                        live.remove(id);
                    } else {
                        Header owner = r.headers().lastHeader(OWNER_HEADER);
                        live.put(id, new Live(r.value(), owner == null ? "no " + OWNER_HEADER + " header"
                                : new String(owner.value(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return live;
    }

    private static byte[] key(String id) {
        return id.getBytes(StandardCharsets.UTF_8);
    }

    public static void main(String[] args) {
        String bootstrap = null;
        String namespace = "";
        Path file = null;
        boolean demo = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bootstrap-servers" -> bootstrap = value(args, ++i);
                case "--namespace" -> namespace = value(args, ++i);
                case "--file" -> file = Path.of(value(args, ++i));
                case "--demo" -> demo = true;
                default -> usage("unknown argument '" + args[i] + "'");
            }
        }
        if (bootstrap == null) {
            usage("--bootstrap-servers is required");
        }
        if ((file == null) == !demo) {
            usage("give either --file or --demo");
        }
        try {
            List<Asset> assets = demo ? AssetInventoryFile.demo() : AssetInventoryFile.load(file);
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            Namespace ns = Namespace.of(namespace);
            Result r = publish(assets, p, ns);
            System.out.println(ns.topic(Topic.ASSETS) + ": " + r.written() + " written, " + r.unchanged()
                    + " unchanged, " + r.deleted() + " deleted");
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("soc assets: " + e.getMessage());
            System.exit(1);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println("soc assets: " + problem + "\nusage: AssetInventoryPublisher --bootstrap-servers HOST:PORT"
                + " [--namespace NS] (--file assets.yml | --demo)");
        System.exit(2);
    }
}
