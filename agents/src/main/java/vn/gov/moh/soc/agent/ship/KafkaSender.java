package vn.gov.moh.soc.agent.ship;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
 * confirmed batches (a batch: the records of one read of the spool, up to 2,000). The producer
 * retries on its own while the broker is away (up to its delivery timeout), without duplicates;
 * if a send still fails, the sender waits (bounded) for what is in flight,
 * starts a new producer and reads the spool again from the last acknowledged record (a record
 * confirmed after the failed one may then be sent twice: its envelope id lets downstream drop it).
 */
public final class KafkaSender implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(KafkaSender.class.getName());
    /** Records sent and not yet confirmed, at most. */
    private static final int MAX_IN_FLIGHT = 50_000;
    /** Longest a stop waits for records in flight while Kafka keeps confirming them. */
    static final Duration STOP_GRACE = Duration.ofSeconds(5);
    /** A stop waits no longer once Kafka confirmed nothing for this long: it is away. */
    static final Duration STALL = Duration.ofSeconds(1);
    /** Records read from the spool at a time; the spool is acknowledged a batch at a time. */
    private static final int BATCH = 2000;

    private final Spool spool;
    private final String topic;
    private final Properties producerSettings;
    private final Thread thread;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    /** Records Kafka confirmed (for a stop: whether it still confirms). */
    private final AtomicLong confirmed = new AtomicLong();
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final CountDownLatch leftLoop = new CountDownLatch(1);
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
                confirmed.incrementAndGet();
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
                    if (producer == null) {
                        return; // stopped while waiting to retry
                    }
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
            if (running.get()) {
                LOG.log(System.Logger.Level.ERROR, "the Kafka sender stopped: " + e.getMessage(), e);
                lastError.set(e.toString());
            } // else: a send blocked while Kafka is away, released by the stop (see close)
        } finally {
            leftLoop.countDown();
            if (producer != null) {
                drain(producer);
                int left = inFlightCount();
                if (left > 0) {
                    LOG.log(System.Logger.Level.INFO, "{0} records sent in batches Kafka did not wholly confirm stay"
                            + " in the spool for the next start", left);
                }
            }
        }
    }

    /**
     * Waits for the records in flight while Kafka confirms them, at most {@link #STOP_GRACE}, and
     * not at all once it confirmed nothing for {@link #STALL} (it is away); then closes the
     * producer at once. What was not confirmed stays in the spool (not acknowledged).
     */
    private void drain(Producer<byte[], byte[]> producer) {
        long now = System.nanoTime();
        long deadline = now + STOP_GRACE.toNanos();
        long lastProgress = now;
        long lastConfirmed = confirmed.get();
        try {
            while (now < deadline) {
                acknowledge();
                if (inFlightCount() == 0) {
                    break;
                }
                long c = confirmed.get();
                if (c != lastConfirmed) {
                    lastConfirmed = c;
                    lastProgress = now;
                } else if (now - lastProgress >= STALL.toNanos()) {
                    break;
                }
                Thread.sleep(20);
                now = System.nanoTime();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ZERO);
        acknowledge();
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

    /** After a failed send: the spool again from the last confirmed record, with a new producer; null once stopped. */
    private Producer<byte[], byte[]> recover(Producer<byte[], byte[]> producer, long backoff) throws InterruptedException {
        Exception error = failure;
        failures.incrementAndGet();
        connected = false;
        lastError.set(error.toString());
        LOG.log(System.Logger.Level.WARNING, "sending to Kafka failed ({0}); retrying in {1} ms from the last record"
                + " Kafka confirmed", error.getMessage(), backoff);
        drain(producer); // what is still confirmed need not be sent again
        failure = null;
        synchronized (inFlight) {
            inFlight.clear();
            inFlightRecords = 0;
        }
        spool.rewind();
        if (stopping.await(backoff, TimeUnit.MILLISECONDS)) {
            return null;
        }
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

    /**
     * Stops reading the spool and gives the records in flight a bounded chance to be confirmed
     * (see {@link #drain}): about a second when Kafka is away, at most {@link #STOP_GRACE} plus a
     * second when it is slow. A send blocked while Kafka is away (no metadata, or the producer's
     * buffer full) is released by closing the producer.
     */
    @Override
    public void close() {
        running.set(false);
        stopping.countDown();
        try {
            if (thread.isAlive() && !leftLoop.await(1, TimeUnit.SECONDS)) {
                Producer<byte[], byte[]> p = current;
                if (p != null) {
                    p.close(Duration.ZERO);
                }
            }
            thread.join(STOP_GRACE.plusSeconds(1).toMillis());
            if (thread.isAlive()) {
                LOG.log(System.Logger.Level.WARNING, "the Kafka sender did not stop in time; what it did not send stays in the spool");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
