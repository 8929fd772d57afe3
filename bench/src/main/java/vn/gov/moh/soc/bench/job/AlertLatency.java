package vn.gov.moh.soc.bench.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.EventJson;

/**
 * Detection latency of the latency run: reads the alerts topic ({@code read_committed}) for a
 * while and, for each rule-match alert, compares the time the matched event was written to the
 * raw topic (its {@code event.created}, the envelope's received time, which {@link RawLoad} sets
 * as it hands the record to the producer) with
 * <ul>
 * <li>{@code produced}: the alert record's timestamp, the broker's append time (the alerts topic
 * is {@code LogAppendTime}): when the job wrote it, inside its open transaction under exactly once;</li>
 * <li>{@code visible}: when this {@code read_committed} consumer received it, after the
 * transaction's commit at the next checkpoint.</li>
 * </ul>
 * Correlation alerts carry no single event and are only counted. Alerts of events created before
 * FROM_MILLIS (the warm-up) are skipped.
 * <pre>
 * AlertLatency BOOTSTRAP TOPIC FROM_MILLIS UNTIL_MILLIS
 * </pre>
 * Reads until UNTIL_MILLIS (wall clock), then prints
 * {@code RESULT latency ALERTS CORRELATIONS produced_p50 produced_p99 produced_max visible_p50 visible_p99 visible_max}
 * in milliseconds.
 */
public final class AlertLatency {
    private AlertLatency() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: AlertLatency BOOTSTRAP TOPIC FROM_MILLIS UNTIL_MILLIS");
            System.exit(2);
        }
        long from = Long.parseLong(args[2]);
        long until = Long.parseLong(args[3]);
        Properties props = new Properties();
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10");
        long[] produced = new long[1024];
        long[] visible = new long[1024];
        int n = 0;
        long correlations = 0;
        long skipped = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = Consumers.fromBeginning(args[0], args[1], props)) {
            while (System.currentTimeMillis() < until) {
                var records = consumer.poll(Duration.ofMillis(100));
                long now = System.currentTimeMillis();
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    Event alert = EventJson.read(r.value());
                    String created = alert.text("event.created");
                    if (created == null || alert.text("soc.alert.correlation_type") != null) {
                        correlations++;
                        continue;
                    }
                    long t = Instant.parse(created).toEpochMilli();
                    if (t < from) {
                        skipped++;
                        continue;
                    }
                    if (n == produced.length) {
                        produced = Arrays.copyOf(produced, n * 2);
                        visible = Arrays.copyOf(visible, n * 2);
                    }
                    produced[n] = r.timestamp() - t;
                    visible[n] = now - t;
                    n++;
                }
            }
        }
        long[] p = Arrays.copyOf(produced, n);
        long[] v = Arrays.copyOf(visible, n);
        Arrays.sort(p);
        Arrays.sort(v);
        System.err.printf("AlertLatency: %,d rule-match alerts measured (%,d of the warm-up skipped), %,d correlation alerts%n",
                n, skipped, correlations);
        System.out.println("RESULT latency " + n + " " + correlations + " " + pct(p, 50) + " " + pct(p, 99) + " "
                + (n == 0 ? "-" : p[n - 1]) + " " + pct(v, 50) + " " + pct(v, 99) + " " + (n == 0 ? "-" : v[n - 1]));
    }

    private static String pct(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return "-";
        }
        int i = (int) Math.ceil(percent / 100 * sorted.length) - 1;
        return Long.toString(sorted[Math.max(0, Math.min(sorted.length - 1, i))]);
    }
}
