package vn.gov.moh.soc.portal.domain.model.drill.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.gov.moh.soc.core.event.DrillMark;
import vn.gov.moh.soc.portal.domain.model.drill.DrillId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * One run of a drill on the real pipeline for one participating unit: its steps in injection
 * order and how long a step may go without an alert before it counts as missed.
 *
 * @param id        null until saved
 * @param drill     the drill of the plan it plays
 * @param startedBy the user who started it
 * @param failure   why injecting its steps stopped (the steps after it were not injected), null
 */
public record DrillRun(DrillRunId id, DrillId drill, UnitId unit, String startedBy, Instant startedAt,
        Duration detectionWait, List<DrillStep> steps, String failure) {
    /** The shortest and longest wait for a detection a run may set. */
    public static final Duration MIN_WAIT = Duration.ofSeconds(10);
    public static final Duration MAX_WAIT = Duration.ofHours(24);
    /** Prefix of the mark carried by the run's telemetry and alerts. */
    public static final String MARK_PREFIX = "drill-run-";

    /** A run whose injection has not failed. */
    public DrillRun(DrillRunId id, DrillId drill, UnitId unit, String startedBy, Instant startedAt,
            Duration detectionWait, List<DrillStep> steps) {
        this(id, drill, unit, startedBy, startedAt, detectionWait, steps, null);
    }

    /** A new run of the plays, in order, each step expecting its play's rules. */
    public static DrillRun start(DrillId drill, UnitId unit, String by, Instant at, Duration wait, List<DrillPlay> plays) {
        List<DrillStep> steps = new ArrayList<>();
        for (DrillPlay p : plays) {
            steps.add(new DrillStep(steps.size() + 1, p.code(), p.code(), p.expectedRules(), null));
        }
        return new DrillRun(null, drill, unit, by, at, wait, steps);
    }

    public DrillRun {
        Objects.requireNonNull(drill, "drill");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(startedBy, "startedBy");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(detectionWait, "detectionWait");
        if (detectionWait.compareTo(MIN_WAIT) < 0 || detectionWait.compareTo(MAX_WAIT) > 0) {
            throw new IllegalArgumentException("the wait for a detection is " + MIN_WAIT.toSeconds() + " s to "
                    + MAX_WAIT.toHours() + " h: " + detectionWait);
        }
        steps = List.copyOf(Objects.requireNonNullElse(steps, List.of()));
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a drill run plays at least one step");
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).number() != i + 1) {
                throw new IllegalArgumentException("steps are numbered 1 to " + steps.size() + " in order: step "
                        + steps.get(i).number() + " at position " + (i + 1));
            }
        }
    }

    /** The mark of its telemetry ({@link DrillMark#FIELD}); known once saved. */
    public String mark() {
        if (id == null) {
            throw new IllegalStateException("a drill run has its mark once saved");
        }
        return DrillMark.check(MARK_PREFIX + id.value());
    }

    public DrillRun withId(DrillRunId value) {
        return new DrillRun(value, drill, unit, startedBy, startedAt, detectionWait, steps, failure);
    }

    /** The run with step {@code number}'s telemetry handed to the agent at {@code at}. */
    public DrillRun injected(int number, Instant at) {
        if (number < 1 || number > steps.size()) {
            throw new IllegalArgumentException("no step " + number + " (1 to " + steps.size() + ")");
        }
        List<DrillStep> changed = new ArrayList<>(steps);
        changed.set(number - 1, steps.get(number - 1).injected(at));
        return new DrillRun(id, drill, unit, startedBy, startedAt, detectionWait, changed, failure);
    }

    /** The run after its injection failed for this reason. */
    public DrillRun failed(String reason) {
        return new DrillRun(id, drill, unit, startedBy, startedAt, detectionWait, steps,
                Objects.requireNonNull(reason, "reason").length() > 2000 ? reason.substring(0, 2000) : reason);
    }
}
