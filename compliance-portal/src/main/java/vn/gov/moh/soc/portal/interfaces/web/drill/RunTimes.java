package vn.gov.moh.soc.portal.interfaces.web.drill;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.gov.moh.soc.portal.application.LocalDay;

/**
 * How the drill pages show times: instants in Vietnam to the second (a step's injection and its
 * alert are seconds apart), measured durations down to the second ("42s", "3m 05s", "2h 10m").
 */
final class RunTimes {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(LocalDay.VIETNAM);

    private RunTimes() {
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    /** The duration, or empty when not measured (yet). */
    static String duration(Duration d) {
        if (d == null) {
            return "";
        }
        long s = d.toSeconds();
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return "%dm %02ds".formatted(s / 60, s % 60);
        }
        long days = s / 86400;
        return days > 0 ? "%dd %02dh".formatted(days, (s % 86400) / 3600) : "%dh %02dm".formatted(s / 3600, (s % 3600) / 60);
    }
}
