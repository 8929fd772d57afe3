package vn.gov.moh.soc.portal.domain.model.ipv6;

import vn.gov.moh.soc.portal.domain.shared.Text;

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
        title = Text.required(title, "the milestone's title", 300);
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
