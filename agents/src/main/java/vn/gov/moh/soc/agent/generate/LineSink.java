package vn.gov.moh.soc.agent.generate;

import java.io.IOException;

/** Receives the generated lines in time order. */
@FunctionalInterface
public interface LineSink {
    /**
     * One line.
     *
     * @param unit   the unit it belongs to
     * @param stream its stream
     * @param nanos  its time, epoch nanoseconds
     * @param line   its text without line break; only valid during the call (the buffer is reused)
     */
    void accept(HospitalUnit unit, TelemetryStream stream, long nanos, CharSequence line) throws IOException;
}
