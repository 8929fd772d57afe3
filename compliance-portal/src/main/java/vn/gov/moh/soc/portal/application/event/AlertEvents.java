package vn.gov.moh.soc.portal.application.event;

import java.util.List;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;

/**
 * The source events of an alert: those found, oldest first, and the ids the alert names that are
 * not (or no longer: retention) in the events indices, or that the caller may not see.
 */
public record AlertEvents(AlertSummary alert, List<EventHit> events, List<String> missing) {
    public AlertEvents {
        events = List.copyOf(events);
        missing = List.copyOf(missing);
    }
}
