package vn.gov.moh.soc.portal.domain.model.ipv6;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One milestone of a phase. A done milestone says when it was done; one that is not says nothing.
 *
 * @param doneOn the day it was completed; only for {@link MilestoneStatus#DONE}
 */
public record Milestone(MigrationPhase phase, String title, LocalDate due, MilestoneStatus status, LocalDate doneOn) {
    public Milestone {
        Objects.requireNonNull(phase, "the phase is required");
        if (title == null || title.isBlank() || title.strip().length() > 300) {
            throw new IllegalArgumentException("a milestone has a title of 1 to 300 characters");
        }
        title = title.strip();
        Objects.requireNonNull(due, "the due date is required");
        status = status == null ? MilestoneStatus.PLANNED : status;
        if (status == MilestoneStatus.DONE && doneOn == null) {
            throw new IllegalArgumentException("a done milestone says when it was done");
        }
        if (status != MilestoneStatus.DONE && doneOn != null) {
            throw new IllegalArgumentException("only a done milestone has a completion date");
        }
    }

    /** Not done, and its due date has passed. */
    public boolean overdueOn(LocalDate today) {
        return status != MilestoneStatus.DONE && due.isBefore(today);
    }
}
