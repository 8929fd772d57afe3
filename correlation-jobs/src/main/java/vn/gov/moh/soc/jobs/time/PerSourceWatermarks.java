package vn.gov.moh.soc.jobs.time;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongSupplier;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import vn.gov.moh.soc.jobs.record.EventRecord;

/**
 * Watermarks that follow each source (host) separately: the watermark is the oldest of the
 * sources' newest event times, less the allowed out-of-orderness. One host whose agent is
 * catching up therefore holds correlations back instead of making its events late, and a host
 * silent for longer than the idleness stops holding them back (it is forgotten until it sends
 * again; its next events may then be late). With no active source the output is marked idle, so
 * an idle parallel instance does not stop the others. Watermarks never go back.
 *
 * <p>Memory is one entry per host active within the idleness.
 */
public final class PerSourceWatermarks implements WatermarkGenerator<EventRecord> {
    private final long outOfOrderness;
    private final long idleness;
    private final LongSupplier wallClock;
    /** Per source: newest event time, and wall-clock time it was last seen. */
    private final Map<String, long[]> sources = new HashMap<>();
    private long emitted = Long.MIN_VALUE;

    public PerSourceWatermarks(Duration outOfOrderness, Duration idleness, LongSupplier wallClock) {
        this.outOfOrderness = outOfOrderness.toMillis();
        this.idleness = idleness.toMillis();
        this.wallClock = wallClock;
    }

    /** The strategy of the job: event time from {@link EventRecord#timestamp}, these watermarks. */
    public static WatermarkStrategy<EventRecord> strategy(Duration outOfOrderness, Duration idleness) {
        return WatermarkStrategy.<EventRecord>forGenerator(
                        ctx -> new PerSourceWatermarks(outOfOrderness, idleness, System::currentTimeMillis))
                .withTimestampAssigner((event, previous) -> event.timestamp);
    }

    @Override
    public void onEvent(EventRecord event, long timestamp, WatermarkOutput output) {
        long[] s = sources.computeIfAbsent(event.source == null ? "" : event.source, k -> new long[] {Long.MIN_VALUE, 0});
        s[0] = Math.max(s[0], timestamp);
        s[1] = wallClock.getAsLong();
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        long now = wallClock.getAsLong();
        long oldest = Long.MAX_VALUE;
        for (Iterator<long[]> it = sources.values().iterator(); it.hasNext(); ) {
            long[] s = it.next();
            if (now - s[1] > idleness) {
                it.remove();
            } else {
                oldest = Math.min(oldest, s[0]);
            }
        }
        if (sources.isEmpty()) {
            output.markIdle();
            return;
        }
        long watermark = oldest - outOfOrderness - 1;
        if (watermark > emitted) {
            emitted = watermark;
            output.emitWatermark(new Watermark(watermark));
        }
    }

    /** Sources currently holding the watermark. */
    int activeSources() {
        return sources.size();
    }
}
