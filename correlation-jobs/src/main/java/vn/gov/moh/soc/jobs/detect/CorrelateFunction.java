package vn.gov.moh.soc.jobs.detect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.sigma.Alert;
import vn.gov.moh.soc.core.sigma.AlertDocument;
import vn.gov.moh.soc.core.sigma.CorrelationRoutes;
import vn.gov.moh.soc.core.sigma.correlation.CorrelationAlert;
import vn.gov.moh.soc.core.sigma.correlation.CorrelationState;
import vn.gov.moh.soc.core.sigma.correlation.Correlator;
import vn.gov.moh.soc.core.sigma.rule.CorrelationRule;
import vn.gov.moh.soc.jobs.record.AlertRecord;
import vn.gov.moh.soc.jobs.record.CorrelationHit;
import vn.gov.moh.soc.jobs.record.RuleChange;
import vn.gov.moh.soc.jobs.rules.LiveRules;
import vn.gov.moh.soc.jobs.rules.RuleBroadcast;
import vn.gov.moh.soc.jobs.rules.RuleText;

/**
 * Stage 2b, correlate: the correlations of one chain depth, keyed by (correlation rule, group
 * values), with soc-core's {@link Correlator} over a {@link CorrelationState} in keyed state.
 *
 * <p>Event time: hits wait in keyed state until the watermark passes them and are then applied
 * in time order (ties by event id), so the alerts and their ids do not depend on the order in
 * which partitions happened to deliver, and a replay yields the same alerts. A hit behind the
 * watermark by at most the allowed lateness is applied at once (out of order); a later one is
 * not counted in any window (metric {@code lateHits}); its event was still matched and indexed.
 * State is bounded ({@link Correlator#MAX_ENTRIES} per key) and expires with an event-time timer
 * one timespan (plus the allowed lateness) after the group's newest hit; a rule that is gone
 * drops its state at its next timer.
 *
 * <p>Beside the window, the hosts its hits were aimed at ({@link Targets}, at most
 * {@link Targets#MAX}) are kept with their newest hit time; a fired correlation's alert names
 * those of its window ({@code organization.id}, {@code host.name}, {@code host.ip}), so that a
 * correlation grouped by the attacker's address alone still gets the asset context of the
 * attacked systems, and passes them on to the correlations it feeds.
 *
 * <p>A fired correlation feeds the correlations that refer to it as hits of the next depth, on
 * {@link #NEXT}, together with hits that belong to a deeper stage than this one. Counts
 * {@code correlationAlerts} and {@code lateHits}.
 */
public final class CorrelateFunction extends KeyedBroadcastProcessFunction<String, CorrelationHit, RuleChange, AlertRecord> {
    private static final long serialVersionUID = 1L;

    public static final OutputTag<CorrelationHit> NEXT = new OutputTag<>("deeper-correlation-hits",
            TypeInformation.of(CorrelationHit.class));

    /** How Flink stores a group's window: soc-core's POJO, lists typed explicitly (no Kryo). */
    public static final TypeInformation<CorrelationState> STATE_TYPE = Types.POJO(CorrelationState.class, Map.of(
            "times", Types.LIST(Types.LONG),
            "rules", Types.LIST(Types.INT),
            "values", Types.LIST(Types.STRING),
            "eventIds", Types.LIST(Types.STRING)));

    private static final Comparator<CorrelationHit> ORDER = Comparator.<CorrelationHit>comparingLong(h -> h.timestamp)
            .thenComparing(h -> h.eventId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(h -> h.ruleIndex);

    private final int depth;
    private final long lateness;
    private final List<RuleText> startupRules;
    private final int maxDepth;

    private transient LiveRules rules;
    private transient boolean restored;
    private transient ValueState<CorrelationState> window;
    /** Fingerprint of the rule the window was built by: a replaced rule starts a new window. */
    private transient ValueState<Integer> ruleVersion;
    /** Hits not yet under the watermark, by event time. */
    private transient MapState<Long, List<CorrelationHit>> pending;
    /** Targets of the window's hits, with the newest hit time of each. */
    private transient MapState<String, Long> targets;
    private transient Counter fired;
    private transient Counter late;

    public CorrelateFunction(int depth, Duration allowedLateness, List<RuleText> startupRules, int maxDepth) {
        this.depth = depth;
        this.lateness = allowedLateness.toMillis();
        this.startupRules = List.copyOf(startupRules);
        this.maxDepth = maxDepth;
    }

    @Override
    public void open(OpenContext context) {
        rules = new LiveRules(startupRules, maxDepth);
        rules.prepare();
        window = getRuntimeContext().getState(new ValueStateDescriptor<>("correlation-window", STATE_TYPE));
        ruleVersion = getRuntimeContext().getState(new ValueStateDescriptor<>("correlation-rule-version", Types.INT));
        pending = getRuntimeContext().getMapState(new MapStateDescriptor<>("pending-hits", Types.LONG,
                Types.LIST(TypeInformation.of(CorrelationHit.class))));
        targets = getRuntimeContext().getMapState(new MapStateDescriptor<>("correlation-targets", Types.STRING, Types.LONG));
        fired = getRuntimeContext().getMetricGroup().counter("correlationAlerts");
        late = getRuntimeContext().getMetricGroup().counter("lateHits");
    }

    private void restore(ReadOnlyBroadcastState<String, String> state) throws Exception {
        if (!restored) {
            rules.reset(state.immutableEntries());
            restored = true;
        }
    }

    @Override
    public void processElement(CorrelationHit hit, ReadOnlyContext ctx, Collector<AlertRecord> out) throws Exception {
        restore(ctx.getBroadcastState(RuleBroadcast.OVERLAYS));
        if (hit.depth != depth) {
            ctx.output(NEXT, hit);
            return;
        }
        long watermark = ctx.timerService().currentWatermark();
        if (hit.timestamp > watermark) {
            List<CorrelationHit> waiting = pending.get(hit.timestamp);
            if (waiting == null) {
                waiting = new ArrayList<>();
            }
            waiting.add(hit);
            pending.put(hit.timestamp, waiting);
            ctx.timerService().registerEventTimeTimer(hit.timestamp);
        } else if (hit.timestamp >= watermark - lateness) {
            apply(hit, ctx.timerService()::registerEventTimeTimer, ctx::output, out);
        } else {
            late.inc();
        }
    }

    @Override
    public void onTimer(long time, OnTimerContext ctx, Collector<AlertRecord> out) throws Exception {
        // After a restore a timer may fire before any element: the rules must come from the state then too.
        restore(ctx.getBroadcastState(RuleBroadcast.OVERLAYS));
        List<CorrelationHit> due = pending.get(time);
        if (due != null) {
            pending.remove(time);
            due.sort(ORDER);
            for (CorrelationHit hit : due) {
                apply(hit, ctx.timerService()::registerEventTimeTimer, ctx::output, out);
            }
        }
        Correlator correlator = rules.routes().correlator(correlationOf(ctx.getCurrentKey()));
        CorrelationState state = window.value();
        if (state == null) {
            // The window fired (and restarted empty) or was dropped: nothing of the group is left to keep.
            ruleVersion.clear();
            targets.clear();
            return;
        }
        if (correlator == null) {
            window.clear();
            ruleVersion.clear();
            targets.clear();
            return;
        }
        correlator.expire(state, time - lateness);
        if (state.isEmpty()) {
            window.clear();
            ruleVersion.clear();
            targets.clear();
        } else {
            window.update(state);
            List<String> old = new ArrayList<>();
            for (Map.Entry<String, Long> e : targets.entries()) {
                if (e.getValue() < state.times.get(0)) {
                    old.add(e.getKey());
                }
            }
            for (String t : old) {
                targets.remove(t);
            }
        }
    }

    private interface Timers {
        void register(long time);
    }

    private interface SideOutput {
        void emit(OutputTag<CorrelationHit> tag, CorrelationHit hit);
    }

    private void apply(CorrelationHit hit, Timers timers, SideOutput next, Collector<AlertRecord> out) throws Exception {
        CorrelationRoutes routes = rules.routes();
        Correlator correlator = routes.correlator(hit.correlation);
        if (correlator == null) {
            return; // the rule was disabled after the hit was made; its state goes at the next timer
        }
        CorrelationRule rule = correlator.rule();
        int version = rule.toString().hashCode();
        CorrelationState state = window.value();
        if (state == null || !Objects.equals(ruleVersion.value(), version)) {
            state = new CorrelationState();
            ruleVersion.update(version);
            targets.clear();
        }
        addTargets(hit);
        Optional<CorrelationAlert> alert = correlator.onHit(state, hit.ruleIndex, hit.value, hit.timestamp,
                Hits.group(correlator, hit), hit.eventId);
        List<String> aimedAt = alert.isEmpty() ? List.of() : Targets.since(targets.entries(),
                alert.get().windowStart().toEpochMilli());
        if (state.isEmpty()) {
            window.clear();
            targets.clear();
        } else {
            window.update(state);
            timers.register(state.newest() + correlator.timespanMillis() + lateness + 1);
        }
        if (alert.isEmpty()) {
            return;
        }
        CorrelationAlert a = alert.get();
        if (routes.raisesAlert(rule.id(), rule.name(), rule.level())) {
            Alert.Correlation record = new Alert.Correlation(a);
            Event document = AlertDocument.of(record);
            Targets.addTo(document, aimedAt);
            out.collect(new AlertRecord(a.id(), CorrelationRoutes.keyOf(rule), rule.level(),
                    a.windowEnd().toEpochMilli(), document));
            fired.inc();
        }
        var asEvent = CorrelationRoutes.asEvent(a);
        for (CorrelationRoutes.Route route : routes.of(rule.id(), rule.name())) {
            CorrelationHit chained = Hits.of(routes, route, asEvent, a.windowEnd().toEpochMilli());
            if (chained != null) {
                if (!aimedAt.isEmpty()) {
                    chained.targets = aimedAt.toArray(String[]::new);
                }
                next.emit(NEXT, chained);
            }
        }
    }

    /** Adds the hit's targets to the window's, within the bound: a known target's time moves on, a new one needs room. */
    private void addTargets(CorrelationHit hit) throws Exception {
        if (hit.targets == null || hit.targets.length == 0) {
            return;
        }
        int size = 0;
        for (String ignored : targets.keys()) {
            size++;
        }
        for (String t : hit.targets) {
            Long seen = targets.get(t);
            if (seen != null) {
                targets.put(t, Math.max(seen, hit.timestamp));
            } else if (size < Targets.MAX) {
                targets.put(t, hit.timestamp);
                size++;
            }
        }
    }

    @Override
    public void processBroadcastElement(RuleChange change, Context ctx, Collector<AlertRecord> out) throws Exception {
        BroadcastState<String, String> state = ctx.getBroadcastState(RuleBroadcast.OVERLAYS);
        restore(state);
        if (rules.apply(change) == null) {
            state.put(change.ruleId, change.disables() ? "" : change.yaml);
        }
    }

    /** The correlation rule of a state key ({@link Correlator#key}: rule, then the group values after U+001F). */
    static String correlationOf(String key) {
        int cut = key.indexOf('\u001f');
        return cut < 0 ? key : key.substring(0, cut);
    }
}
