package vn.gov.moh.soc.core.sigma;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.sigma.correlation.CorrelationAlert;
import vn.gov.moh.soc.core.sigma.correlation.CorrelationState;
import vn.gov.moh.soc.core.sigma.correlation.Correlator;
import vn.gov.moh.soc.core.sigma.eval.CompiledRule;
import vn.gov.moh.soc.core.sigma.rule.CorrelationRule;
import vn.gov.moh.soc.core.sigma.rule.SigmaRule;

/**
 * Runs a {@link RuleLibrary} over a stream of events in one thread, keeping correlation state in
 * memory: the engine of the {@code soc-sigma scan} command and of tests. (The Flink job uses the
 * same rule set and correlators with its keyed state instead.)
 *
 * <p>Rules that feed correlations whose {@code generate} is false raise no alert of their own, as
 * the correlation specification says, nor do informational ones, as the rules specification says
 * ({@link CorrelationRoutes#raisesAlert}).
 */
public final class Detector {
    private final RuleLibrary library;
    private final CorrelationRoutes routes;
    private final Map<String, CorrelationState> states = new HashMap<>();
    private long eventsWithoutTime;

    public Detector(RuleLibrary library) {
        this.library = library;
        this.routes = new CorrelationRoutes(library);
    }

    /** Evaluates one event: the rule matches it raises and the correlations it completes. */
    public List<Alert> process(Event event) {
        List<Alert> alerts = new ArrayList<>();
        for (CompiledRule rule : library.ruleSet().match(event)) {
            SigmaRule r = rule.rule();
            if (routes.raisesAlert(r.id(), r.name(), r.level())) {
                alerts.add(new Alert.RuleMatch(r, event));
            }
            feed(r.id(), r.name(), event, alerts, 0);
        }
        return alerts;
    }

    private void feed(String id, String name, Event event, List<Alert> alerts, int depth) {
        List<CorrelationRoutes.Route> targets = routes.of(id, name);
        if (targets.isEmpty() || depth > CorrelationRoutes.MAX_DEPTH) {
            return;
        }
        var time = event.timestamp();
        if (time == null) {
            eventsWithoutTime++;
            return;
        }
        for (CorrelationRoutes.Route target : targets) {
            Optional<Map<String, String>> group = target.correlator().groupOf(target.index(), event);
            if (group.isEmpty()) {
                continue;
            }
            String key = target.correlator().key(group.get());
            CorrelationState state = states.computeIfAbsent(key, k -> new CorrelationState());
            Object eventId = event.get("event.id");
            Optional<CorrelationAlert> fired = target.correlator().onHit(state, target.index(), event,
                    time.toEpochMilli(), group.get(), eventId == null ? null : eventId.toString());
            if (state.isEmpty()) {
                states.remove(key);
            }
            if (fired.isPresent()) {
                CorrelationAlert alert = fired.get();
                CorrelationRule rule = alert.rule();
                if (routes.raisesAlert(rule.id(), rule.name(), rule.level())) {
                    alerts.add(new Alert.Correlation(alert));
                }
                feed(rule.id(), rule.name(), CorrelationRoutes.asEvent(alert), alerts, depth + 1);
            }
        }
    }

    /** Drops correlation state that can no longer fire at or after the given event time. */
    public void expire(long nowMillis) {
        states.entrySet().removeIf(e -> e.getValue().isEmpty() || e.getValue().times.get(e.getValue().size() - 1)
                < nowMillis - widestTimespan());
    }

    private long widestTimespan() {
        long widest = 0;
        for (Correlator c : library.correlators()) {
            widest = Math.max(widest, c.timespanMillis());
        }
        return widest;
    }

    /** Group keys with live state. */
    public int openGroups() {
        return states.size();
    }

    /** Events that reached a correlation but had no {@code @timestamp}, so could not be placed in a window. */
    public long eventsWithoutTime() {
        return eventsWithoutTime;
    }
}
