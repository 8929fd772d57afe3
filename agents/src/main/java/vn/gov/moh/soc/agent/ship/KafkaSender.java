package vn.gov.moh.soc.agent.ship;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import vn.gov.moh.soc.agent.spool.Spool;
import vn.gov.moh.soc.agent.spool.SpoolRecord;

/**
 * Reads the spool in order and sends each record to Kafka with an idempotent producer
 * ({@code acks=all}), acknowledging the spool up to the last record of an unbroken run of
 * confirmed ones. The producer retries on its own while the broker is away (up to its delivery
 * timeout), without duplicates; if a send still fails, the sender waits for what is in flight,
 * starts a new producer and reads the spool again from the last acknowledged record (a record
 * confirmed after the failed one may then be sent twice: its envelope id lets downstream drop it).
 */
public final class KafkaSender implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(KafkaSender.class.getName());
    /** Records sent and not yet confirmed, at most. */
    private static final int MAX_IN_FLIGHT = 50_000;

    private final Spool spool;
    private final String topic;
    private final Properties producerSettings;
    private final Thread thread;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private volatile boolean connected;

    /** Records sent in order, with their confirmation (guarded by itself). */
    private final ArrayDeque<InFlight> inFlight = new ArrayDeque<>();
    private volatile Exception failure;

    private static final class InFlight {
        final SpoolRecord.Position end;
        volatile boolean confirmed;

        InFlight(SpoolRecord.Position end) {
            this.end = end;
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
                List<SpoolRecord> batch = spool.poll(2000, 100);
                for (SpoolRecord r : batch) {
                    InFlight entry = new InFlight(r.end());
                    synchronized (inFlight) {
                        inFlight.addLast(entry);
                    }
                    producer.send(new ProducerRecord<>(topic, r.key(), r.value()), (metadata, error) -> {
                        if (error == null) {
                            entry.confirmed = true;
                            connected = true;
                        } else {
                            failure = error;
                        }
                    });
                    sent.incrementAndGet();
                }
                if (failure == null && !batch.isEmpty()) {
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
            return inFlight.size();
        }
    }

    /** Acknowledges the spool up to the last of the leading confirmed records. */
    private void acknowledge() {
        SpoolRecord.Position last = null;
        synchronized (inFlight) {
            while (!inFlight.isEmpty() && inFlight.peekFirst().confirmed) {
                last = inFlight.pollFirst().end;
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
