package vn.gov.moh.soc.agent.generate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The lines a scenario will write, each at its time in its stream, and the report it makes. */
final class ScenarioPlan {
    /** Writes one line of a scenario, with the generator's shared formats, when its time comes. */
    @FunctionalInterface
    interface LineWriter {
        void write(StringBuilder sb, Formats formats, long nanos);
    }

    /** One line of the plan. */
    record Step(long nanos, TelemetryStream stream, LineWriter writer) {
    }

    private final List<Step> steps;
    private final ScenarioReport report;

    private ScenarioPlan(List<Step> steps, ScenarioReport report) {
        this.steps = steps;
        this.report = report;
    }

    List<Step> steps() {
        return steps;
    }

    ScenarioReport report() {
        return report;
    }

    /** Collects the steps in any order; {@link #build} sorts them and writes the report. */
    static final class Builder {
        private final List<Step> steps = new ArrayList<>();

        Builder add(long nanos, TelemetryStream stream, LineWriter writer) {
            steps.add(new Step(nanos, stream, writer));
            return this;
        }

        ScenarioPlan build(ScenarioContext context, String sourceIp, String user, String host, List<String> users) {
            if (steps.isEmpty()) {
                throw new IllegalStateException("scenario " + context.name() + " planned no line");
            }
            List<Step> sorted = new ArrayList<>(steps);
            sorted.sort(Comparator.comparingLong(Step::nanos));
            ScenarioReport report = new ScenarioReport(context.name(), context.unit().code(),
                    instant(sorted.get(0).nanos()), instant(sorted.get(sorted.size() - 1).nanos()), sourceIp, user, host,
                    sorted.size(), users);
            return new ScenarioPlan(List.copyOf(sorted), report);
        }
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
