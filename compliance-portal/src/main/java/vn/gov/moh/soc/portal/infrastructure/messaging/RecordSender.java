package vn.gov.moh.soc.portal.infrastructure.messaging;

import java.util.concurrent.Future;

/** Sends records to Kafka; a future per record completes once the broker has it. */
public interface RecordSender {
    Future<?> send(OutboxRecord record);

    /** Sends what is buffered without waiting for the linger time. */
    void flush();
}
