package vn.gov.moh.soc.portal.domain.model.incident;

import java.time.Instant;
import vn.gov.moh.soc.portal.domain.shared.Text;

/**
 * A piece of work of the response (isolate a host, reset accounts, restore from backup), numbered
 * from 1 in its incident.
 *
 * @param due when it should be done; null for no date
 */
public record IncidentTask(int number, String title, String assignee, boolean done, Instant due) {
    public IncidentTask {
        if (number < 1) {
            throw new IllegalArgumentException("a task number is positive: " + number);
        }
        title = Text.required(title, "the task's title", 300);
        assignee = Text.optional(assignee, "the task's assignee", 100);
    }

    public boolean overdue(Instant now) {
        return !done && due != null && now.isAfter(due);
    }
}
