package vn.gov.moh.soc.portal.application;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Today" for due dates and intervals: the day in Vietnam, whatever the server's zone, so that a
 * milestone due on the 1st is overdue from midnight in Hà Nội, not 07:00.
 */
public final class LocalDay {
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private LocalDay() {
    }

    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }
}
