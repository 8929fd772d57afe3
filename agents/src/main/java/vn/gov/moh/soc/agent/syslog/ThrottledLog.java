package vn.gov.moh.soc.agent.syslog;

import java.time.Duration;

/**
 * A log line that can repeat fast (a refused connection, a failing sink): written at most once per
 * interval, with the number of occurrences not written since. Thread-safe.
 */
final class ThrottledLog {
    private final System.Logger log;
    private final long intervalNanos;
    private long lastNanos;
    private boolean logged;
    private long suppressed;

    ThrottledLog(System.Logger log, Duration interval) {
        this.log = log;
        this.intervalNanos = interval.toNanos();
    }

    /**
     * Logs {@code message} now, or only counts it when the last line is younger than the interval.
     *
     * @param error a throwable whose stack trace is written, or null
     */
    void log(System.Logger.Level level, String message, Throwable error) {
        long now = System.nanoTime();
        long skipped;
        synchronized (this) {
            if (logged && now - lastNanos < intervalNanos) {
                suppressed++;
                return;
            }
            logged = true;
            lastNanos = now;
            skipped = suppressed;
            suppressed = 0;
        }
        String text = skipped == 0 ? message : message + " (and " + skipped + " more like it not logged)";
        if (error == null) {
            log.log(level, text);
        } else {
            log.log(level, text, error);
        }
    }
}
