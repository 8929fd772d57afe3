package vn.gov.moh.soc.portal.application.event;

import java.time.Duration;
import java.util.List;

/**
 * The bucket width of the histogram over a time range: the smallest round width that gives at
 * most {@link #MAX_BUCKETS} buckets, so that the chart stays readable from fifteen minutes to a year.
 */
public final class HistogramInterval {
    public static final int MAX_BUCKETS = 100;
    private static final List<Duration> WIDTHS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(3),
            Duration.ofHours(6), Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30));

    private HistogramInterval() {
    }

    /** The width for a range of this length; past the widest round width, whole days enough to stay under the cap. */
    public static Duration forRange(Duration range) {
        for (Duration w : WIDTHS) {
            if (range.toMillis() <= w.toMillis() * MAX_BUCKETS) {
                return w;
            }
        }
        long days = (range.toDays() + MAX_BUCKETS - 1) / MAX_BUCKETS;
        return Duration.ofDays(Math.max(days, 30));
    }
}
