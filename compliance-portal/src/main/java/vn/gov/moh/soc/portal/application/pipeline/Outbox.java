package vn.gov.moh.soc.portal.application.pipeline;

import vn.gov.moh.soc.core.naming.Topic;

/**
 * Records to send to Kafka, written in the caller's transaction: they are sent once it commits and
 * never if it rolls back. The namespace is applied when sending.
 *
 * <p>Rows are sent in the order of their ids, which are taken when a row is appended. Callers append
 * after the audit record, whose lock on the trail's head serializes every changing transaction: so
 * two changes of one key get their ids in commit order, and the newer value is sent last.
 */
public interface Outbox {
    /**
     * @param value the record's value; null for a tombstone
     */
    void append(Topic topic, String key, byte[] value);
}
