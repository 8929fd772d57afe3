package vn.gov.moh.soc.jobs.record;

/**
 * A record of {@code soc.raw} as read from Kafka, not yet decoded: the envelope JSON and where it
 * sits in the topic, so that a record that cannot be read still has an id in the dead-letter queue.
 */
public class RawRecord {
    public String topic;
    public int partition;
    public long offset;
    /** Kafka timestamp (append time on our topics), epoch milliseconds. */
    public long kafkaTime;
    /** The envelope JSON; null for a record without a value. */
    public byte[] value;

    public RawRecord() {
    }

    public RawRecord(String topic, int partition, long offset, long kafkaTime, byte[] value) {
        this.topic = topic;
        this.partition = partition;
        this.offset = offset;
        this.kafkaTime = kafkaTime;
        this.value = value;
    }

    /** Where the record is: {@code topic/partition/offset}. */
    public String position() {
        return topic + "/" + partition + "/" + offset;
    }
}
