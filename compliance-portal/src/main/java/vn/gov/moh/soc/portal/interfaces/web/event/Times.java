package vn.gov.moh.soc.portal.interfaces.web.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times on the pages are Vietnam's (the users' clock); the store and the API keep UTC instants. */
final class Times {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(VIETNAM);

    private Times() {
    }

    static String show(Instant t) {
        return SHOWN.format(t);
    }

    static LocalDateTime local(Instant t) {
        return LocalDateTime.ofInstant(t, VIETNAM);
    }

    static Instant instant(LocalDateTime t) {
        return t.atZone(VIETNAM).toInstant();
    }
}
