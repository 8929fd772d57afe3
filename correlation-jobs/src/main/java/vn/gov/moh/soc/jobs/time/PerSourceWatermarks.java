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
 * <p>A quiet input: when no event at all has arrived for the quiet flush (wall clock), the
 * watermark moves up to the newest event time seen, whatever the out-of-orderness and the other
 * sources, and the output is marked idle, so that a quiet subtask whose events were older does not
 * hold back the others. Correlation hits waiting for the watermark are then applied and their
 * alerts produced within that bound, instead of waiting for the next event, which may come hours
 * later at night, or for the idleness.
 * An event that still arrives with an older time is late: its hits count if they are within the
 * allowed lateness of the correlations.
 *
 * <p>Memory is one entry per host active within the idleness.
 */
public final class PerSourceWatermarks implements WatermarkGenerator<EventRecord> {
    private final long outOfOrderness;
    private final long idleness;
    private final long quietFlush;
    private final LongSupplier wallClock;
    /** Per source: newest event time, and wall-clock time it was last seen. */
    private final Map<String, long[]> sources = new HashMap<>();
    private long emitted = Long.MIN_VALUE;
    /** Newest event time of any source, and the wall-clock time of the last event. */
    private long newest = Long.MIN_VALUE;
    private long lastEventWall;
    private boolean idle;

    /**
     * @param outOfOrderness how far one source's events may be out of order
     * @param idleness wall time after which a silent source no longer holds the watermark
     * @param quietFlush wall time without any event after which the watermark moves to the newest event time
     * @param wallClock milliseconds of wall time
     */
    public PerSourceWatermarks(Duration outOfOrderness, Duration idleness, Duration quietFlush, LongSupplier wallClock) {
        this.outOfOrderness = outOfOrderness.toMillis();
        this.idleness = idleness.toMillis();
        this.quietFlush = quietFlush.toMillis();
        this.wallClock = wallClock;
    }

    /** The strategy of the job: event time from {@link EventRecord#timestamp}, these watermarks. */
    public static WatermarkStrategy<EventRecord> strategy(Duration outOfOrderness, Duration idleness,
            Duration quietFlush) {
        return WatermarkStrategy.<EventRecord>forGenerator(
                        ctx -> new PerSourceWatermarks(outOfOrderness, idleness, quietFlush, System::currentTimeMillis))
                .withTimestampAssigner((event, previous) -> event.timestamp);
    }

    @Override
    public void onEvent(EventRecord event, long timestamp, WatermarkOutput output) {
        long[] s = sources.computeIfAbsent(event.source == null ? "" : event.source, k -> new long[] {Long.MIN_VALUE, 0});
        s[0] = Math.max(s[0], timestamp);
        s[1] = wallClock.getAsLong();
        newest = Math.max(newest, timestamp);
        lastEventWall = s[1];
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
        if (newest != Long.MIN_VALUE && now - lastEventWall >= quietFlush) {
            // Quiet: catch up with the newest event time, then stop holding back the other
            // subtasks, whose own newest times may be later (when all are idle, Flink passes on
            // the highest of their watermarks).
            if (newest > emitted) {
                emitted = newest;
                output.emitWatermark(new Watermark(newest));
            }
            idle(output);
            return;
        }
        if (sources.isEmpty()) {
            idle(output);
            return;
        }
        long watermark = oldest - outOfOrderness - 1;
        if (watermark > emitted) {
            emitted = watermark;
            output.emitWatermark(new Watermark(watermark));
            idle = false;
        } else if (idle) {
            // Events again, but still behind a flushed watermark: they must hold the others back again.
            output.markActive();
            idle = false;
        }
    }

    private void idle(WatermarkOutput output) {
        output.markIdle();
        idle = true;
    }

    /** Sources currently holding the watermark. */
    int activeSources() {
        return sources.size();
    }
}
