package vn.gov.moh.soc.jobs.detect;

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
import vn.gov.moh.soc.core.event.EventJson;
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
 * A rule that matches raises an alert, unless it only feeds correlations that want none; each
 * correlation it feeds gets a {@link CorrelationHit} on {@link #HITS}. Events are matched
 * whatever their lateness. Rule changes arrive on the broadcast input; the first instance
 * reports rejected ones on {@link #REJECTED_RULES}. Counts {@code ruleAlerts},
 * {@code correlationHits} and {@code rulesRejected}.
 */
public final class MatchFunction extends BroadcastProcessFunction<EventRecord, RuleChange, AlertRecord> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(MatchFunction.class);

    public static final OutputTag<CorrelationHit> HITS = new OutputTag<>("correlation-hits",
            TypeInformation.of(CorrelationHit.class));
    public static final OutputTag<DeadLetter> REJECTED_RULES = new OutputTag<>("rejected-rules",
            TypeInformation.of(DeadLetter.class));

    private final List<RuleText> startupRules;
    private final int maxDepth;
    private transient LiveRules rules;
    private transient boolean restored;
    private transient Counter alerts;
    private transient Counter hits;
    private transient Counter rejected;

    public MatchFunction(List<RuleText> startupRules, int maxDepth) {
        this.startupRules = List.copyOf(startupRules);
        this.maxDepth = maxDepth;
    }

    @Override
    public void open(OpenContext context) {
        rules = new LiveRules(startupRules, maxDepth);
        alerts = getRuntimeContext().getMetricGroup().counter("ruleAlerts");
        hits = getRuntimeContext().getMetricGroup().counter("correlationHits");
        rejected = getRuntimeContext().getMetricGroup().counter("rulesRejected");
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
        Event event = EventJson.read(record.json);
        CorrelationRoutes routes = rules.routes();
        for (CompiledRule compiled : rules.library().ruleSet().match(event)) {
            SigmaRule rule = compiled.rule();
            if (!routes.isSilent(rule.id(), rule.name())) {
                Alert alert = new Alert.RuleMatch(rule, event);
                out.collect(new AlertRecord(AlertDocument.id(alert), rule.id() != null ? rule.id() : rule.title(),
                        rule.level(), record.timestamp, EventJson.write(AlertDocument.of(alert))));
                alerts.inc();
            }
            for (CorrelationRoutes.Route route : routes.of(rule.id(), rule.name())) {
                CorrelationHit hit = Hits.of(routes, route, event, record.timestamp);
                if (hit != null) {
                    ctx.output(HITS, hit);
                    hits.inc();
                }
            }
        }
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
            ctx.output(REJECTED_RULES, new DeadLetter(change.ruleId == null ? change.origin : change.ruleId,
                    RuleBroadcast.STAGE, reason, change.origin, change.yaml, change.time));
        }
    }

    /** For tests: the rules in force in this instance. */
    Map<String, String> rejectedRules() {
        return rules.rejected();
    }
}
