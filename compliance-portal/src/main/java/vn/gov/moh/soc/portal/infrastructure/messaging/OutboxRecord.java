package vn.gov.moh.soc.portal.infrastructure.messaging;

import vn.gov.moh.soc.core.naming.Topic;

/**
 * A pending outbox row.
 *
 * @param value null for a tombstone
 */
public record OutboxRecord(long id, Topic topic, String key, byte[] value) {
}
