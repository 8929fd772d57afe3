package vn.gov.moh.soc.core.sigma.correlation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import vn.gov.moh.soc.core.event.DrillMark;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.sigma.rule.CorrelationRule;

/**
 * The logic of one correlation rule over the state of one group key. Windows slide with event
 * time: a hit is counted with the hits of the same group no older than the timespan before the
 * newest hit. When the condition holds an alert is raised and the group's window starts again,
 * so one burst gives one alert, not one per further event.
 */
public final class Correlator {
    /** Hits kept per group key; older hits are dropped first, so memory per key is bounded. */
    public static final int MAX_ENTRIES = 10_000;
    /** Event ids cited in an alert. */
    public static final int MAX_CITED_EVENTS = 50;

    private final CorrelationRule rule;
    private final List<UnaryOperator<String>> fieldsByRule;
    private final long spanMillis;

    /**
     * @param rule         the correlation rule
     * @param fieldsByRule for each referred rule, in order, how its Sigma field names map to event fields
     */
    public Correlator(CorrelationRule rule, List<UnaryOperator<String>> fieldsByRule) {
        this.rule = rule;
        this.fieldsByRule = List.copyOf(fieldsByRule);
        this.spanMillis = rule.timespan().toMillis();
    }

    public CorrelationRule rule() {
        return rule;
    }

    public long timespanMillis() {
        return spanMillis;
    }

    /**
     * The group of a hit: each group-by name (resolved through the aliases for the referred rule)
     * with its value in the event; empty when the event lacks one of them, since such an event
     * cannot be grouped. A drill's event ({@link DrillMark}) is grouped with the events of its
     * drill only: its mark is one more group field, so drill traffic never adds to a real group
     * and the alert carries the mark.
     */
    public Optional<Map<String, String>> groupOf(int ruleIndex, Event event) {
        Map<String, String> group = new LinkedHashMap<>();
        for (String name : rule.groupBy()) {
            Object value = event.get(fieldName(ruleIndex, name));
            if (value == null) {
                return Optional.empty();
            }
            group.put(name, value.toString());
        }
        Object drill = event.get(DrillMark.FIELD);
        if (drill != null) {
            group.put(DrillMark.FIELD, drill.toString());
        }
        return Optional.of(group);
    }

    /**
     * A group given by its values alone, in the order of {@link #groupOf} (the form callers keep
     * in state): the group-by names, then the drill's mark when there is one more value.
     */
    public Map<String, String> group(List<String> values) {
        List<String> names = rule.groupBy();
        Map<String, String> group = new LinkedHashMap<>();
        for (int i = 0; i < names.size() && i < values.size(); i++) {
            group.put(names.get(i), values.get(i));
        }
        if (values.size() == names.size() + 1) {
            group.put(DrillMark.FIELD, values.get(names.size()));
        }
        return group;
    }

    private String fieldName(int ruleIndex, String name) {
        String ref = rule.rules().get(ruleIndex);
        Map<String, String> alias = rule.aliases().get(name);
        String sigmaName = alias != null && alias.containsKey(ref) ? alias.get(ref) : name;
        return fieldsByRule.get(ruleIndex).apply(sigmaName);
    }

    /** The key under which a caller keeps the state of a group. */
    public String key(Map<String, String> group) {
        StringBuilder key = new StringBuilder(rule.id() != null ? rule.id() : rule.title());
        group.values().forEach(v -> key.append('\u001f').append(v));
        return key.toString();
    }

    /**
     * Adds a hit of the referred rule {@code ruleIndex} to the group's state.
     *
     * @return the alert if the condition now holds (the state is then cleared), else empty
     */
    public Optional<CorrelationAlert> onHit(CorrelationState state, int ruleIndex, Event event, long timeMillis,
            Map<String, String> group, String eventId) {
        return onHit(state, ruleIndex, conditionValue(ruleIndex, event), timeMillis, group, eventId);
    }

    /**
     * The value of the condition's field in a hit of the referred rule {@code ruleIndex} (value_*
     * types), or null: what {@link #onHit(CorrelationState, int, String, long, Map, String)} needs
     * of the event, for callers that carry hits without their events.
     */
    public String conditionValue(int ruleIndex, Event event) {
        if (rule.condition() != null && rule.condition().field() != null) {
            Object v = event.get(fieldName(ruleIndex, rule.condition().field()));
            return v == null ? null : v.toString();
        }
        return null;
    }

    /**
     * Adds a hit, given by its condition value ({@link #conditionValue}), to the group's state.
     *
     * @return the alert if the condition now holds (the state is then cleared), else empty
     */
    public Optional<CorrelationAlert> onHit(CorrelationState state, int ruleIndex, String value, long timeMillis,
            Map<String, String> group, String eventId) {
        state.insert(timeMillis, ruleIndex, value, eventId);
        expire(state, state.newest());
        if (state.size() > MAX_ENTRIES) {
            state.removeFirst(state.size() - MAX_ENTRIES);
        }
        Double measured = measure(state, value);
        if (measured == null) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        for (int i = Math.max(0, state.size() - MAX_CITED_EVENTS); i < state.size(); i++) {
            if (state.eventIds.get(i) != null) {
                ids.add(state.eventIds.get(i));
            }
        }
        CorrelationAlert alert = new CorrelationAlert(rule, Map.copyOf(group), Instant.ofEpochMilli(state.times.get(0)),
                Instant.ofEpochMilli(state.newest()), state.size(), measured, ids);
        state.clear();
        return Optional.of(alert);
    }

    /** Drops hits that can no longer share a window with a hit at {@code nowMillis}. */
    public void expire(CorrelationState state, long nowMillis) {
        long oldest = nowMillis - spanMillis;
        int drop = 0;
        while (drop < state.size() && state.times.get(drop) < oldest) {
            drop++;
        }
        if (drop > 0) {
            state.removeFirst(drop);
        }
    }

    /** The measured value if the condition holds, else null. */
    private Double measure(CorrelationState state, String newValue) {
        CorrelationRule.Condition condition = rule.condition();
        switch (rule.type()) {
            case "event_count" -> {
                double n = state.size();
                return condition.test(n) ? n : null;
            }
            case "value_count" -> {
                Set<String> distinct = new HashSet<>();
                for (String v : state.values) {
                    if (v != null) {
                        distinct.add(v);
                    }
                }
                double n = distinct.size();
                return condition.test(n) ? n : null;
            }
            case "value_sum", "value_avg" -> {
                double sum = 0;
                int n = 0;
                for (String v : state.values) {
                    Double d = number(v);
                    if (d != null) {
                        sum += d;
                        n++;
                    }
                }
                if (n == 0) {
                    return null;
                }
                double measured = rule.type().equals("value_sum") ? sum : sum / n;
                return condition.test(measured) ? measured : null;
            }
            case "value_percentile" -> {
                if (newValue == null) {
                    return null;
                }
                int same = 0;
                for (String v : state.values) {
                    if (newValue.equals(v)) {
                        same++;
                    }
                }
                double share = 100.0 * same / state.size();
                return condition.test(share) ? share : null;
            }
            case "temporal" -> {
                Set<Integer> seen = new HashSet<>(state.rules);
                double n = seen.size();
                boolean holds = condition == null ? seen.size() == rule.rules().size() : condition.test(n);
                return holds ? n : null;
            }
            case "temporal_ordered" -> {
                return ordered(state) ? (double) rule.rules().size() : null;
            }
            default -> throw new IllegalStateException("correlation type " + rule.type());
        }
    }

    /** True if the window holds hits of the referred rules in their order (ties allowed). */
    private boolean ordered(CorrelationState state) {
        int next = 0;
        for (int i = 0; i < state.size() && next < rule.rules().size(); i++) {
            if (state.rules.get(i) == next) {
                next++;
            }
        }
        // The chain must end with the newest hit being the last rule, or an older completed chain.
        return next == rule.rules().size();
    }

    private static Double number(String v) {
        if (v == null) {
            return null;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Index of the referred rules by id and by name, for callers routing hits. */
    public Map<String, Integer> referenceIndex() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rule.rules().size(); i++) {
            index.put(rule.rules().get(i), i);
        }
        return index;
    }
}
