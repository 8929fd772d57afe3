package vn.gov.moh.soc.jobs.detect;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.sigma.Alert;
import vn.gov.moh.soc.core.sigma.AlertDocument;
import vn.gov.moh.soc.core.sigma.CorrelationRoutes;
import vn.gov.moh.soc.core.sigma.eval.CompiledRule;
import vn.gov.moh.soc.core.sigma.rule.SigmaRule;
import vn.gov.moh.soc.jobs.record.AlertRecord;
import vn.gov.moh.soc.jobs.record.CorrelationHit;
import vn.gov.moh.soc.jobs.record.DeadLetter;
import vn.gov.moh.soc.jobs.record.EventRecord;
import vn.gov.moh.soc.jobs.record.RuleChange;
import vn.gov.moh.soc.jobs.rules.LiveRules;
import vn.gov.moh.soc.jobs.rules.RuleBroadcast;
import vn.gov.moh.soc.jobs.rules.RuleText;

/**
 * Stage 2a, match: every event against the single-event rules in force (stateless, parallel).
 * A rule that matches raises an alert, unless it is informational or feeds correlations that want
 * none ({@link CorrelationRoutes#raisesAlert}); each correlation it feeds gets a
 * {@link CorrelationHit} on {@link #HITS}. Events are matched whatever their lateness. Rule changes arrive on the broadcast input; the first instance
 * reports rejected ones on {@link #DEAD_LETTERS}, where an event the rules fail on goes too
 * (with nothing of it emitted). Counts {@code ruleAlerts}, {@code correlationHits},
 * {@code rulesRejected} and {@code eventsNotEvaluated}.
 */
public final class MatchFunction extends BroadcastProcessFunction<EventRecord, RuleChange, AlertRecord> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(MatchFunction.class);

    public static final OutputTag<CorrelationHit> HITS = new OutputTag<>("correlation-hits",
            TypeInformation.of(CorrelationHit.class));
    /** Rule changes the first instance rejects, and events that could not be evaluated. */
    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("match-dead-letters",
            TypeInformation.of(DeadLetter.class));
    public static final String STAGE = "match";

    private final List<RuleText> startupRules;
    private final int maxDepth;
    private transient LiveRules rules;
    private transient boolean restored;
    private transient Counter alerts;
    private transient Counter hits;
    private transient Counter rejected;
    private transient Counter failed;

    public MatchFunction(List<RuleText> startupRules, int maxDepth) {
        this.startupRules = List.copyOf(startupRules);
        this.maxDepth = maxDepth;
    }

    @Override
    public void open(OpenContext context) {
        rules = new LiveRules(startupRules, maxDepth);
        rules.prepare();
        alerts = getRuntimeContext().getMetricGroup().counter("ruleAlerts");
        hits = getRuntimeContext().getMetricGroup().counter("correlationHits");
        rejected = getRuntimeContext().getMetricGroup().counter("rulesRejected");
        failed = getRuntimeContext().getMetricGroup().counter("eventsNotEvaluated");
    }

    private void restore(ReadOnlyBroadcastState<String, String> state) throws Exception {
        if (!restored) {
            rules.reset(state.immutableEntries());
            restored = true;
            if (getRuntimeContext().getTaskInfo().getIndexOfThisSubtask() == 0) {
                LOG.info("{} detection rules and {} correlations in force; {} not loaded", rules.library().ruleSet().size(),
                        rules.library().correlators().size(), rules.rejected().size());
                rules.rejected().values().forEach(reason -> LOG.warn("rule not loaded: {}", reason));
            }
        }
    }

    @Override
    public void processElement(EventRecord record, ReadOnlyContext ctx, Collector<AlertRecord> out) throws Exception {
        restore(ctx.getBroadcastState(RuleBroadcast.OVERLAYS));
        List<AlertRecord> raised = new ArrayList<>();
        List<CorrelationHit> made = new ArrayList<>();
        try {
            match(record, raised, made);
        } catch (RuntimeException e) {
            // One event that breaks a rule must not stop the job (it would fail again on every restart).
            LOG.warn("event {} could not be evaluated", record.id, e);
            failed.inc();
            ctx.output(DEAD_LETTERS, new DeadLetter(record.id, STAGE, "cannot evaluate the rules: " + e,
                    null, jsonOf(record), record.timestamp));
            return;
        }
        raised.forEach(out::collect);
        made.forEach(hit -> ctx.output(HITS, hit));
        alerts.inc(raised.size());
        hits.inc(made.size());
    }

    private void match(EventRecord record, List<AlertRecord> raised, List<CorrelationHit> made) {
        Event event = record.event();
        CorrelationRoutes routes = rules.routes();
        for (CompiledRule compiled : rules.library().ruleSet().match(event)) {
            SigmaRule rule = compiled.rule();
            if (routes.raisesAlert(rule.id(), rule.name(), rule.level())) {
                Alert alert = new Alert.RuleMatch(rule, event);
                raised.add(new AlertRecord(AlertDocument.id(alert), rule.id() != null ? rule.id() : rule.title(),
                        rule.level(), record.timestamp, AlertDocument.of(alert)));
            }
            for (CorrelationRoutes.Route route : routes.of(rule.id(), rule.name())) {
                CorrelationHit hit = Hits.of(routes, route, event, record.timestamp);
                if (hit != null) {
                    made.add(hit);
                }
            }
        }
    }

    /** The event's JSON for the dead letter: as received, or written from the event. */
    private static String jsonOf(EventRecord record) {
        return new String(record.json(), StandardCharsets.UTF_8);
    }

    @Override
    public void processBroadcastElement(RuleChange change, Context ctx, Collector<AlertRecord> out) throws Exception {
        BroadcastState<String, String> state = ctx.getBroadcastState(RuleBroadcast.OVERLAYS);
        restore(state);
        String reason = rules.apply(change);
        if (reason == null) {
            state.put(change.ruleId, change.disables() ? "" : change.yaml);
            if (getRuntimeContext().getTaskInfo().getIndexOfThisSubtask() == 0) {
                LOG.info("rule {} {} from {}", change.ruleId, change.disables() ? "disabled" : "in force", change.origin);
            }
        } else if (getRuntimeContext().getTaskInfo().getIndexOfThisSubtask() == 0) {
            rejected.inc();
            LOG.warn("rule change {} from {} rejected: {}", change.ruleId, change.origin, reason);
            ctx.output(DEAD_LETTERS, new DeadLetter(change.ruleId == null ? change.origin : change.ruleId,
                    RuleBroadcast.STAGE, reason, change.origin, change.yaml, change.time));
        }
    }

    /** For tests: the rules in force in this instance. */
    Map<String, String> rejectedRules() {
        return rules.rejected();
    }
}
