package vn.gov.moh.soc.agent.spool;

/**
 * A record read back from the spool.
 *
 * @param sequence its place in the spool (consecutive, from 0 at the spool's creation)
 * @param key the Kafka key (records with the same key may share the array: do not modify it)
 * @param value the Kafka value
 * @param end where the record ends: the position to resume from once it is acknowledged
 */
public record SpoolRecord(long sequence, byte[] key, byte[] value, Position end) {
    /** A place in the spool: a segment (by its first sequence), a byte offset in it, and the next sequence. */
    public record Position(long segment, long offset, long sequence) {
    }
}
