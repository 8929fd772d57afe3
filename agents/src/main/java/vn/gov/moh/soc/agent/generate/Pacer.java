package vn.gov.moh.soc.agent.generate;

import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * Sits between the generator and the output: in live mode holds each line back until its
 * timestamp is due on the wall clock (so lines appear at the requested rate with current
 * times), and in every mode flushes the output at least once a second so that a tailing agent
 * sees the lines.
 */
final class Pacer implements LineSink {
    private static final long SECOND = 1_000_000_000L;
    private static final long FLUSH_BEFORE_SLEEP = SECOND / 4;

    private final LineOutput output;
    private final boolean live;
    private final long firstLineNanos;
    private final long wallStart;
    private long lastFlush;
    private long count;

    /**
     * @param live           true to write each line when its time comes, false to write as fast as possible
     * @param firstLineNanos the generator's start, which is due now
     */
    Pacer(LineOutput output, boolean live, long firstLineNanos) {
        this.output = output;
        this.live = live;
        this.firstLineNanos = firstLineNanos;
        this.wallStart = System.nanoTime();
        this.lastFlush = wallStart;
    }

    @Override
    public void accept(HospitalUnit unit, TelemetryStream stream, long nanos, CharSequence line) throws IOException {
        if (live) {
            long due = wallStart + (nanos - firstLineNanos);
            long now = System.nanoTime();
            while (due - now > 0) {
                if (now - lastFlush >= FLUSH_BEFORE_SLEEP || due - now >= FLUSH_BEFORE_SLEEP) {
                    flush(now);
                }
                sleep(Math.min(due - now, SECOND / 2));
                now = System.nanoTime();
            }
        }
        output.accept(unit, stream, nanos, line);
        if (live || (++count & 1023) == 0) {
            long now = System.nanoTime();
            if (now - lastFlush >= SECOND) {
                flush(now);
            }
        }
    }

    private void flush(long now) throws IOException {
        output.flush();
        lastFlush = now;
    }

    private static void sleep(long nanos) throws InterruptedIOException {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the next line's time");
        }
    }
}
