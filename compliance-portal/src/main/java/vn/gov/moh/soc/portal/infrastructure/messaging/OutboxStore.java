package vn.gov.moh.soc.portal.infrastructure.messaging;

import java.util.List;

/** The relay's side of the outbox; each method is its own transaction. */
public interface OutboxStore {
    /** The oldest unsent rows, in the order they were written. */
    List<OutboxRecord> pending(int max);

    void markSent(List<Long> ids);

    /** Counts a failed attempt of the row and keeps the reason. */
    void markFailed(long id, String error);
}
