package vn.gov.moh.soc.agent.pipeline;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import vn.gov.moh.soc.core.envelope.Envelope;

/** Counters of one input, read by the heartbeat and the metrics endpoint; thread-safe. */
public final class InputCounters {
    private final LongAdder read = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder flagged = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final AtomicLong lagBytes = new AtomicLong();

    /** Counts an envelope handed to the sink. */
    public void accepted(Envelope e) {
        read.increment();
        bytes.add(e.originalBytes());
        if (!e.flags().isEmpty()) {
            flagged.increment();
        }
    }

    /** Counts a failure that did not yield an envelope (a connection reset, an unreadable file). */
    public void error() {
        errors.increment();
    }

    /** Bytes known to be waiting in the source (files: size minus position); 0 for network inputs. */
    public void lag(long bytesBehind) {
        lagBytes.set(bytesBehind);
    }

    public long read() {
        return read.sum();
    }

    public long bytes() {
        return bytes.sum();
    }

    public long flagged() {
        return flagged.sum();
    }

    public long errors() {
        return errors.sum();
    }

    public long lag() {
        return lagBytes.get();
    }
}
