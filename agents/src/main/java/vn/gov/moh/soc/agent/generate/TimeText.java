package vn.gov.moh.soc.agent.generate;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes instants in the forms the streams use, without {@code String.format} or formatter
 * objects in the hot path: the date and time of the current second are rendered once and reused
 * until the second changes. Local time is Vietnam's (UTC+7, no daylight saving time).
 *
 * <p>Not thread-safe: one instance per generator thread.
 */
final class TimeText {
    /** Vietnam's offset from UTC, in seconds. */
    static final int LOCAL_OFFSET_SECONDS = 7 * 3600;
    private static final ZoneOffset LOCAL = ZoneOffset.ofTotalSeconds(LOCAL_OFFSET_SECONDS);
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};

    private long second = Long.MIN_VALUE;
    /** {@code Nov 21 10:00:00} (local). */
    private final char[] syslog = new char[15];
    /** {@code 21/Nov/2026:10:00:00 +0700} (local). */
    private final char[] nginx = new char[26];
    /** {@code 2026-11-21T10:00:00} (local). */
    private final char[] local = new char[19];
    /** {@code 2026-11-21T03:00:00} (UTC). */
    private final char[] utc = new char[19];
    private int localHour;

    private void at(long epochNanos) {
        long s = Math.floorDiv(epochNanos, 1_000_000_000L);
        if (s == second) {
            return;
        }
        second = s;
        LocalDateTime l = LocalDateTime.ofEpochSecond(s, 0, LOCAL);
        LocalDateTime u = LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC);
        localHour = l.getHour();
        String month = MONTHS[l.getMonthValue() - 1];
        month.getChars(0, 3, syslog, 0);
        syslog[3] = ' ';
        int day = l.getDayOfMonth();
        syslog[4] = day < 10 ? ' ' : (char) ('0' + day / 10);
        syslog[5] = (char) ('0' + day % 10);
        syslog[6] = ' ';
        clock(syslog, 7, l);
        two(nginx, 0, day);
        nginx[2] = '/';
        month.getChars(0, 3, nginx, 3);
        nginx[6] = '/';
        four(nginx, 7, l.getYear());
        nginx[11] = ':';
        clock(nginx, 12, l);
        " +0700".getChars(0, 6, nginx, 20);
        iso(local, l);
        iso(utc, u);
    }

    private static void iso(char[] out, LocalDateTime t) {
        four(out, 0, t.getYear());
        out[4] = '-';
        two(out, 5, t.getMonthValue());
        out[7] = '-';
        two(out, 8, t.getDayOfMonth());
        out[10] = 'T';
        clock(out, 11, t);
    }

    private static void clock(char[] out, int at, LocalDateTime t) {
        two(out, at, t.getHour());
        out[at + 2] = ':';
        two(out, at + 3, t.getMinute());
        out[at + 5] = ':';
        two(out, at + 6, t.getSecond());
    }

    private static void two(char[] out, int at, int v) {
        out[at] = (char) ('0' + v / 10);
        out[at + 1] = (char) ('0' + v % 10);
    }

    private static void four(char[] out, int at, int v) {
        out[at] = (char) ('0' + v / 1000 % 10);
        out[at + 1] = (char) ('0' + v / 100 % 10);
        out[at + 2] = (char) ('0' + v / 10 % 10);
        out[at + 3] = (char) ('0' + v % 10);
    }

    /** The local hour (0-23) of the instant. */
    int localHour(long epochNanos) {
        at(epochNanos);
        return localHour;
    }

    /** {@code Nov 21 10:00:00}: RFC 3164, local time, day padded with a space. */
    void syslog(StringBuilder sb, long epochNanos) {
        at(epochNanos);
        sb.append(syslog);
    }

    /** {@code 21/Nov/2026:10:00:00 +0700}: nginx {@code $time_local}. */
    void nginx(StringBuilder sb, long epochNanos) {
        at(epochNanos);
        sb.append(nginx);
    }

    /** {@code 2026-11-21T10:00:00.123+07:00}: a FHIR instant in local time. */
    void localIsoMillis(StringBuilder sb, long epochNanos) {
        at(epochNanos);
        sb.append(local).append('.');
        fraction(sb, epochNanos, 3);
        sb.append("+07:00");
    }

    /** {@code 2026-11-21}: the local date. */
    void localDate(StringBuilder sb, long epochNanos) {
        at(epochNanos);
        sb.append(local, 0, 10);
    }

    /** {@code 2026-11-21T03:00:00.123456Z}: the SystemTime of an evtx export. */
    void utcIsoMicros(StringBuilder sb, long epochNanos) {
        at(epochNanos);
        sb.append(utc).append('.');
        fraction(sb, epochNanos, 6);
        sb.append('Z');
    }

    /** {@code 2026-11-21 03:00:00.123}: Sysmon's UtcTime. */
    void sysmonUtc(StringBuilder sb, long epochNanos) {
        at(epochNanos);
        sb.append(utc, 0, 10).append(' ').append(utc, 11, 8).append('.');
        fraction(sb, epochNanos, 3);
    }

    private static void fraction(StringBuilder sb, long epochNanos, int digits) {
        long nanos = Math.floorMod(epochNanos, 1_000_000_000L);
        long divisor = 100_000_000L;
        for (int i = 0; i < digits; i++) {
            sb.append((char) ('0' + nanos / divisor % 10));
            divisor /= 10;
        }
    }
}
