package vn.gov.moh.soc.agent.generate;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Generates the telemetry of one or more units: normal traffic at a mean rate (lines arrive as
 * a Poisson process, the mix of streams follows the hour of the day in Vietnam) with the
 * requested attack scenarios merged in at their times.
 *
 * <p>Deterministic: the same settings (seed and start included) give the same lines, byte for
 * byte. Timestamps are synthetic, computed from the start and the rate; writing them in real time
 * is the caller's business (see {@link GenerateCommand}). A generator runs once, on one thread.
 */
public final class TelemetryGenerator {
    /**
     * What to generate.
     *
     * @param units     the units, at least one; lines are spread evenly over them
     * @param rate      mean lines per second over all units (scenario lines come on top); 0 for
     *                  the scenarios' lines alone, the run then ending after the last of them
     * @param seed      seed of every random choice
     * @param start     the time of the first line
     * @param scenarios the attack scenarios to mix in
     */
    public record Settings(List<HospitalUnit> units, double rate, long seed, Instant start, List<ScenarioSpec> scenarios) {
        public Settings {
            units = List.copyOf(units);
            scenarios = List.copyOf(scenarios);
            Objects.requireNonNull(start, "start");
            if (units.isEmpty()) {
                throw new IllegalArgumentException("at least one unit is needed");
            }
            if (!(rate >= 0) || Double.isInfinite(rate)) {
                throw new IllegalArgumentException("rate must be 0 or a positive number of lines per second");
            }
            for (ScenarioSpec s : scenarios) {
                if (s.unit() != null && units.stream().noneMatch(u -> u.code().equals(s.unit()))) {
                    throw new IllegalArgumentException("scenario " + s.name() + " targets unit " + s.unit()
                            + ", which is not generated");
                }
            }
        }
    }

    /** A scenario line in the merged schedule; {@code plan} indexes {@link #plans}. */
    private record Scheduled(long nanos, int plan, int unit, ScenarioPlan.Step step) {
    }

    private final Settings settings;
    private final HospitalUnit[] units;
    private final long startNanos;
    private final double meanGapNanos;
    private final SplittableRandom rng;
    private final Formats formats;
    private final Traffic[] traffic;
    private final Diurnal diurnal = new Diurnal();
    private final List<ScenarioPlan> plans = new ArrayList<>();
    private final Scheduled[] schedule;
    /**
     * One buffer per stream: a builder that once held a character beyond Latin-1 (the EHR's
     * Vietnamese names) stays in UTF-16 and appends ASCII more slowly, so the other streams keep
     * compact ones of their own.
     */
    private final StringBuilder[] buffers = new StringBuilder[TelemetryStream.values().length];
    private boolean ran;

    public TelemetryGenerator(Settings settings) {
        this.settings = settings;
        this.units = settings.units().toArray(new HospitalUnit[0]);
        this.startNanos = Math.addExact(Math.multiplyExact(settings.start().getEpochSecond(), 1_000_000_000L),
                settings.start().getNano());
        this.meanGapNanos = 1e9 / settings.rate();
        this.rng = new SplittableRandom(settings.seed());
        this.formats = new Formats(settings.units(), startNanos);
        this.traffic = new Traffic[TelemetryStream.values().length];
        traffic[TelemetryStream.AUTH.ordinal()] = new AuthTraffic(settings.units(), formats);
        traffic[TelemetryStream.NGINX.ordinal()] = new WebTraffic(settings.units(), formats);
        traffic[TelemetryStream.WINDOWS.ordinal()] = new WindowsTraffic(settings.units(), formats);
        traffic[TelemetryStream.EHR.ordinal()] = new EhrTraffic(settings.units(), formats);
        traffic[TelemetryStream.FIREWALL.ordinal()] = new FirewallTraffic(settings.units(), formats);
        this.schedule = planScenarios();
        for (int i = 0; i < buffers.length; i++) {
            buffers[i] = new StringBuilder(4096);
        }
    }

    private Scheduled[] planScenarios() {
        List<Scheduled> all = new ArrayList<>();
        List<ScenarioSpec> specs = settings.scenarios();
        for (int i = 0; i < specs.size(); i++) {
            ScenarioSpec spec = specs.get(i);
            int unit = 0;
            if (spec.unit() != null) {
                while (!units[unit].code().equals(spec.unit())) {
                    unit++;
                }
            }
            long start = startNanos + (long) (spec.offsetSeconds() * 1e9);
            SplittableRandom scenarioRng = new SplittableRandom(Stable.mix(settings.seed() + 0x9E3779B97F4A7C15L * (i + 1)));
            ScenarioPlan plan = ScenarioCatalog.scenario(spec.name())
                    .plan(new ScenarioContext(spec.name(), units[unit], unit, start, scenarioRng));
            plans.add(plan);
            for (ScenarioPlan.Step step : plan.steps()) {
                all.add(new Scheduled(step.nanos(), i, unit, step));
            }
        }
        all.sort(Comparator.comparingLong(Scheduled::nanos)); // stable: plan order breaks ties
        return all.toArray(new Scheduled[0]);
    }

    /** The reports of every requested scenario, in request order, whether or not a run reaches them. */
    public List<ScenarioReport> plannedScenarios() {
        return plans.stream().map(ScenarioPlan::report).toList();
    }

    /**
     * Generates until a limit is reached.
     *
     * @param sink      receives every line
     * @param limits    when to stop
     * @param onStarted told of each scenario when its first line is written
     * @throws IOException from the sink
     */
    public GenerationSummary run(LineSink sink, GenerationLimits limits, Consumer<ScenarioReport> onStarted)
            throws IOException {
        if (ran) {
            throw new IllegalStateException("a generator runs once; make a new one with the same settings to repeat it");
        }
        ran = true;
        long endNanos = limits.maxDuration().isZero() ? Long.MAX_VALUE
                : startNanos + limits.maxDuration().toNanos();
        long maxLines = limits.maxLines() == 0 ? Long.MAX_VALUE : limits.maxLines();
        long maxBytes = limits.maxBytes() == 0 ? Long.MAX_VALUE : limits.maxBytes();
        boolean[] started = new boolean[plans.size()];
        List<ScenarioReport> reports = new ArrayList<>();
        long lines = 0;
        long bytes = 0;
        long last = startNanos;
        // Without normal traffic its next line never comes: scenario lines only, then the end.
        long normal = settings.rate() == 0 ? Long.MAX_VALUE : startNanos;
        int next = 0;
        StringBuilder sb;
        while (lines < maxLines && bytes < maxBytes && !limits.stop().getAsBoolean()) {
            if (next < schedule.length && schedule[next].nanos() <= normal) {
                Scheduled s = schedule[next++];
                if (s.nanos() >= endNanos) {
                    break;
                }
                if (!started[s.plan()]) {
                    started[s.plan()] = true;
                    ScenarioReport report = plans.get(s.plan()).report();
                    reports.add(report);
                    onStarted.accept(report);
                }
                sb = buffers[s.step().stream().ordinal()];
                sb.setLength(0);
                s.step().writer().write(sb, formats, s.nanos());
                sink.accept(units[s.unit()], s.step().stream(), s.nanos(), sb);
                last = Math.max(last, s.nanos());
            } else {
                if (normal >= endNanos) {
                    break;
                }
                int unit = units.length == 1 ? 0 : rng.nextInt(units.length);
                int hour = formats.time.localHour(normal);
                TelemetryStream stream = diurnal.pick(hour, rng);
                sb = buffers[stream.ordinal()];
                sb.setLength(0);
                traffic[stream.ordinal()].next(sb, unit, normal, hour, rng);
                sink.accept(units[unit], stream, normal, sb);
                last = normal;
                // Exponential gaps: a Poisson process of the requested mean rate. StrictMath keeps runs identical everywhere.
                normal += (long) (-StrictMath.log(1.0 - rng.nextDouble()) * meanGapNanos);
            }
            lines++;
            bytes += sb.length() + 1;
        }
        return new GenerationSummary(lines, bytes, ScenarioPlan.instant(last), reports);
    }
}
