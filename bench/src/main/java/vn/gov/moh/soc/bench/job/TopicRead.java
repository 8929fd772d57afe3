package vn.gov.moh.soc.bench.job;

import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * The ceiling of the job's benchmark: a plain Kafka consumer reading a topic from the beginning
 * with the job's source settings ({@code read_committed}, the same fetch size), touching every
 * value and doing nothing else.
 * <pre>
 * TopicRead BOOTSTRAP TOPIC COUNT
 * </pre>
 * Prints {@code RESULT read COUNT MILLIS BYTES}: the time from the first record received to the
 * COUNT-th (the connection and the first fetch's wait are not counted, as the job's figure starts
 * at its first record too).
 */
public final class TopicRead {
    private TopicRead() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: TopicRead BOOTSTRAP TOPIC COUNT");
            System.exit(2);
        }
        long count = Long.parseLong(args[2]);
        long read = 0;
        long bytes = 0;
        long first = 0;
        long last = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = Consumers.fromBeginning(args[0], args[1], new Properties())) {
            long idleSince = System.currentTimeMillis();
            while (read < count) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
                long now = System.currentTimeMillis();
                if (records.isEmpty()) {
                    if (now - idleSince > 60_000) {
                        System.err.printf("TopicRead: only %,d of %,d records in %s after a minute without any%n", read,
                                count, args[1]);
                        System.exit(1);
                    }
                    continue;
                }
                idleSince = now;
                if (first == 0) {
                    first = now;
                }
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    bytes += r.value() == null ? 0 : r.value().length;
                }
                read += records.count();
                last = now;
            }
        }
        long millis = Math.max(1, last - first);
        System.err.printf("TopicRead: %,d records (%,d bytes) of %s in %.2f s: %,.0f records/s%n", read, bytes, args[1],
                millis / 1e3, read * 1000.0 / millis);
        System.out.println("RESULT read " + read + " " + millis + " " + bytes);
    }
}
