package vn.gov.moh.soc.agent.ship;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import vn.gov.moh.soc.agent.spool.Spool;
import vn.gov.moh.soc.agent.spool.SpoolRecord;

/**
 * Reads the spool in order and sends each record to Kafka with an idempotent producer
 * ({@code acks=all}), acknowledging the spool up to the last record of an unbroken run of
 * confirmed batches (a batch: the records of one read of the spool, up to 2,000). The producer retries on its own while the broker is away (up to its delivery
 * timeout), without duplicates; if a send still fails, the sender waits for what is in flight,
 * starts a new producer and reads the spool again from the last acknowledged record (a record
 * confirmed after the failed one may then be sent twice: its envelope id lets downstream drop it).
 */
public final class KafkaSender implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(KafkaSender.class.getName());
    /** Records sent and not yet confirmed, at most. */
    private static final int MAX_IN_FLIGHT = 50_000;
    /** Records read from the spool at a time; the spool is acknowledged a batch at a time. */
    private static final int BATCH = 2000;

    private final Spool spool;
    private final String topic;
    private final Properties producerSettings;
    private final Thread thread;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile boolean connected;

    /** Batches read from the spool and sent, in order, with their confirmations (guarded by itself). */
    private final ArrayDeque<InFlight> inFlight = new ArrayDeque<>();
    /** Records of the batches in {@link #inFlight} (guarded by it). */
    private int inFlightRecords;
    private volatile Exception failure;

    /**
     * One batch of records read from the spool, and the callback of each of its sends: the batch
     * is confirmed when every record is (records of several partitions may be confirmed in any order).
     */
    private final class InFlight implements Callback {
        final SpoolRecord.Position end;
        final int records;
        final AtomicInteger unconfirmed;

        InFlight(SpoolRecord.Position end, int records) {
            this.end = end;
            this.records = records;
            this.unconfirmed = new AtomicInteger(records);
        }

        boolean confirmed() {
            return unconfirmed.get() == 0;
        }

        @Override
        public void onCompletion(RecordMetadata metadata, Exception error) {
            if (error == null) {
                unconfirmed.decrementAndGet();
                connected = true;
            } else {
                failure = error;
            }
        }
    }

    public KafkaSender(Spool spool, String topic, Properties producerSettings) {
        this.spool = spool;
        this.topic = topic;
        this.producerSettings = new Properties();
        this.producerSettings.putAll(producerSettings);
        this.producerSettings.put("key.serializer", ByteArraySerializer.class.getName());
        this.producerSettings.put("value.serializer", ByteArraySerializer.class.getName());
        this.producerSettings.put("enable.idempotence", "true");
        this.producerSettings.put("acks", "all");
        this.thread = new Thread(this::run, "soc-agent-sender");
    }

    private volatile Producer<byte[], byte[]> current;

    public void start() {
        thread.start();
    }

    private void run() {
        Producer<byte[], byte[]> producer = new KafkaProducer<>(producerSettings);
        current = producer;
        long backoff = 500;
        try {
            while (running.get()) {
                if (failure != null) {
                    producer = recover(producer, backoff);
                    current = producer;
                    backoff = Math.min(backoff * 2, 30_000);
                    continue;
                }
                acknowledge();
                if (inFlightCount() >= MAX_IN_FLIGHT) {
                    Thread.sleep(5);
                    continue;
                }
                List<SpoolRecord> batch = spool.poll(BATCH, 100);
                if (batch.isEmpty()) {
                    continue;
                }
                InFlight entry = new InFlight(batch.get(batch.size() - 1).end(), batch.size());
                synchronized (inFlight) {
                    inFlight.addLast(entry);
                    inFlightRecords += entry.records;
                }
                for (SpoolRecord r : batch) {
                    producer.send(new ProducerRecord<>(topic, r.key(), r.value()), entry);
                    sent.incrementAndGet();
                }
                if (failure == null) {
                    backoff = 500;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "the Kafka sender stopped: " + e.getMessage(), e);
            lastError.set(e.toString());
        } finally {
            // Gives what is in flight a bounded chance to arrive; the rest stays in the spool.
            producer.close(Duration.ofSeconds(10));
            acknowledge();
        }
    }

    private int inFlightCount() {
        synchronized (inFlight) {
            return inFlightRecords;
        }
    }

    /** Acknowledges the spool up to the end of the last of the leading confirmed batches. */
    private void acknowledge() {
        SpoolRecord.Position last = null;
        synchronized (inFlight) {
            while (!inFlight.isEmpty() && inFlight.peekFirst().confirmed()) {
                InFlight done = inFlight.pollFirst();
                inFlightRecords -= done.records;
                last = done.end;
            }
        }
        if (last != null) {
            spool.ack(last);
        }
    }

    private Producer<byte[], byte[]> recover(Producer<byte[], byte[]> producer, long backoff) throws InterruptedException {
        Exception error = failure;
        failures.incrementAndGet();
        connected = false;
        lastError.set(error.toString());
        LOG.log(System.Logger.Level.WARNING, "sending to Kafka failed ({0}); retrying in {1} ms from the last record"
                + " Kafka confirmed", error.getMessage(), backoff);
        producer.close(Duration.ofSeconds(30)); // waits for what is in flight, as far as it can
        acknowledge();
        synchronized (inFlight) {
            inFlight.clear();
            inFlightRecords = 0;
        }
        failure = null;
        spool.rewind();
        Thread.sleep(backoff);
        return new KafkaProducer<>(producerSettings);
    }

    /** Records handed to the producer (resent ones count again). */
    public long sent() {
        return sent.get();
    }

    /** Sends that failed beyond the producer's own retries. */
    public long failures() {
        return failures.get();
    }

    /** Whether the last send was confirmed by the broker. */
    public boolean connected() {
        return connected;
    }

    public String lastError() {
        return lastError.get();
    }

    /** Stops reading the spool, waits (bounded) for records in flight to be confirmed. */
    @Override
    public void close() {
        running.set(false);
        try {
            thread.join(15_000);
            if (thread.isAlive()) {
                // Blocked in send() while the broker is away: closing the producer releases it.
                Producer<byte[], byte[]> p = current;
                if (p != null) {
                    p.close(Duration.ZERO);
                }
                thread.join(15_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
