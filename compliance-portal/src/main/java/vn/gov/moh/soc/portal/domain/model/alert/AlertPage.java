package vn.gov.moh.soc.portal.domain.model.alert;

import java.util.List;

/**
 * One page of the queue.
 *
 * @param total        how many alerts match, exact up to {@link #TOTAL_CAP}
 * @param totalIsLowerBound true when more than {@code total} match (shown as "10 000+")
 * @param next         the cursor of the page after this one, null on the last page
 */
public record AlertPage(List<AlertSummary> alerts, long total, boolean totalIsLowerBound, String next) {
    /** Counting stops here: an exact count over millions of alerts costs what the page itself does not. */
    public static final int TOTAL_CAP = 10_000;

    public AlertPage {
        alerts = List.copyOf(alerts);
    }
}
