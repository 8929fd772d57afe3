package vn.gov.moh.soc.agent.pipeline;

import vn.gov.moh.soc.agent.spool.Spool;
import vn.gov.moh.soc.core.envelope.Envelope;
import vn.gov.moh.soc.core.envelope.EnvelopeWriter;

/**
 * The agent's sink: writes each envelope as the JSON value of its Kafka record (key: the host,
 * as {@code soc.raw} requires) and appends it to the spool, which keeps the encoded record until
 * Kafka has it: nothing is encoded again when it is sent. Each input thread has its own
 * {@link EnvelopeWriter}, whose buffer the spool copies from.
 */
public final class SpoolingSink implements Sink {
    private final Spool spool;
    private final ThreadLocal<EnvelopeWriter> writers = ThreadLocal.withInitial(EnvelopeWriter::new);

    public SpoolingSink(Spool spool) {
        this.spool = spool;
    }

    @Override
    public void accept(Envelope envelope) throws InterruptedException {
        EnvelopeWriter writer = writers.get();
        int length = writer.write(envelope);
        spool.append(writer.hostUtf8(), writer.buffer(), 0, length);
        writer.release();
    }
}
