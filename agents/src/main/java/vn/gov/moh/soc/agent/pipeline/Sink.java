package vn.gov.moh.soc.agent.pipeline;

import vn.gov.moh.soc.core.envelope.Envelope;

/**
 * Where inputs put what they read. {@link #accept} returns once the envelope is in the agent's
 * spool (in order with everything accepted before it); it blocks while the spool is full, which
 * is how back-pressure reaches the inputs. An input saves its read position only for envelopes
 * that {@code accept} has returned for. A thread inside {@code accept} must not be interrupted:
 * the spool writes through a file channel, which an interrupt closes.
 */
@FunctionalInterface
public interface Sink {
    void accept(Envelope envelope) throws InterruptedException;
}
