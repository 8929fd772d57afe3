package vn.gov.moh.soc.portal.domain.model.drill.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The measured times of a run, computed when read from the run and the alerts carrying its mark:
 * each step takes the earliest alert of an expected rule raised no earlier than its injection
 * and not taken by an earlier step (two steps expecting one rule get one alert each). A step is
 * detected when that alert came within the run's wait, late when after it, missed when the wait
 * passed without one; time to respond is read from the alert's triage times.
 */
public record DrillMeasurement(List<StepResult> steps) {
    public DrillMeasurement {
        steps = List.copyOf(steps);
    }

    public static DrillMeasurement of(DrillRun run, List<ObservedAlert> alerts, Instant now) {
        List<ObservedAlert> byTime = new ArrayList<>(alerts);
        byTime.sort(Comparator.comparing(ObservedAlert::raisedAt).thenComparing(ObservedAlert::id));
        Set<String> taken = new HashSet<>();
        List<StepResult> results = new ArrayList<>();
        for (DrillStep step : run.steps()) {
            results.add(result(step, run.detectionWait(), byTime, taken, now));
        }
        return new DrillMeasurement(results);
    }

    private static StepResult result(DrillStep step, Duration wait, List<ObservedAlert> byTime, Set<String> taken,
            Instant now) {
        if (step.injectedAt() == null) {
            return new StepResult(step, StepResult.Outcome.NOT_INJECTED, null, null, null, null);
        }
        Optional<ObservedAlert> first = byTime.stream()
                .filter(a -> !taken.contains(a.id()) && step.expects(a) && !a.raisedAt().isBefore(step.injectedAt()))
                .findFirst();
        Instant deadline = step.injectedAt().plus(wait);
        if (first.isEmpty()) {
            StepResult.Outcome outcome = now.isAfter(deadline) ? StepResult.Outcome.MISSED : StepResult.Outcome.WAITING;
            return new StepResult(step, outcome, null, null, null, null);
        }
        ObservedAlert alert = first.get();
        taken.add(alert.id());
        StepResult.Outcome outcome = alert.raisedAt().isAfter(deadline) ? StepResult.Outcome.LATE
                : StepResult.Outcome.DETECTED;
        return new StepResult(step, outcome, alert, Duration.between(step.injectedAt(), alert.raisedAt()),
                since(alert.raisedAt(), alert.acknowledgedAt()), since(alert.raisedAt(), alert.closedAt()));
    }

    /** From the alert to an analyst's action; an action stamped before the alert (clock skew) counts as zero. */
    private static Duration since(Instant raised, Instant done) {
        if (done == null) {
            return null;
        }
        Duration d = Duration.between(raised, done);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** The steps listed as missed detections (late ones included), in order. */
    public List<StepResult> missed() {
        return steps.stream().filter(s -> s.outcome().missed()).toList();
    }

    public long detected() {
        return steps.stream().filter(s -> s.outcome() == StepResult.Outcome.DETECTED).count();
    }

    /** Whether every step is decided: detected, late or missed; none waiting or not injected. */
    public boolean complete() {
        return steps.stream().allMatch(s -> s.outcome() == StepResult.Outcome.DETECTED || s.outcome().missed());
    }

    public Optional<Duration> medianTimeToDetect() {
        return median(StepResult::timeToDetect);
    }

    public Optional<Duration> medianTimeToAcknowledge() {
        return median(StepResult::timeToAcknowledge);
    }

    public Optional<Duration> medianTimeToClose() {
        return median(StepResult::timeToClose);
    }

    /** The median of the steps' durations that exist (the lower middle one of an even count, a measured value). */
    private Optional<Duration> median(Function<StepResult, Duration> time) {
        List<Duration> values = steps.stream().map(time).filter(d -> d != null).sorted().toList();
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get((values.size() - 1) / 2));
    }
}
