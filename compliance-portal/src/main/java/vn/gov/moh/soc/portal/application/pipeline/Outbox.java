package vn.gov.moh.soc.portal.application.pipeline;

import vn.gov.moh.soc.core.naming.Topic;

/**
 * Records to send to Kafka, written in the caller's transaction: they are sent once it commits and
 * never if it rolls back. The namespace is applied when sending.
 */
public interface Outbox {
    /**
     * @param value the record's value; null for a tombstone
     */
    void append(Topic topic, String key, byte[] value);
}
