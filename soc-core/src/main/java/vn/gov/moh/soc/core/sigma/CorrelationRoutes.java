package vn.gov.moh.soc.core.sigma;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.LogSource;
import vn.gov.moh.soc.core.sigma.correlation.CorrelationAlert;
import vn.gov.moh.soc.core.sigma.correlation.Correlator;
import vn.gov.moh.soc.core.sigma.rule.CorrelationRule;

/**
 * Where the hits of a rule go: for a rule id or name, the correlators that refer to it (with the
 * rule's index in each), whether its matches are alerts ({@link #raisesAlert}), and how deep each
 * correlation sits in a chain (1 when it refers only to detection rules). Shared by the single-process {@link Detector} and the Flink job, which
 * keep correlation state in different places but must route hits the same way.
 */
public final class CorrelationRoutes {
    /** Chains deeper than this are cut, as a guard against a cycle the loader missed. */
    public static final int MAX_DEPTH = 16;
    /** The level of a rule that only enriches events (the parser lower-cases levels). */
    public static final String INFORMATIONAL = "informational";

    private final Map<String, List<Route>> routes = new HashMap<>();
    private final Set<String> silent = new HashSet<>();
    private final Map<String, Correlator> byKey = new HashMap<>();
    private final Map<Correlator, Integer> depth = new HashMap<>();

    /** A correlator fed by a rule, and the rule's index in the correlator's rule list. */
    public record Route(Correlator correlator, int index) {
    }

    public CorrelationRoutes(RuleLibrary library) {
        for (Correlator c : library.correlators()) {
            CorrelationRule rule = c.rule();
            byKey.put(keyOf(rule), c);
            for (int i = 0; i < rule.rules().size(); i++) {
                routes.computeIfAbsent(rule.rules().get(i), k -> new ArrayList<>()).add(new Route(c, i));
                if (!rule.generate()) {
                    silent.add(rule.rules().get(i));
                }
            }
        }
        for (Correlator c : library.correlators()) {
            depth(c, 0);
        }
    }

    private int depth(Correlator c, int guard) {
        Integer known = depth.get(c);
        if (known != null) {
            return known;
        }
        int d = 1;
        if (guard < MAX_DEPTH) {
            for (String ref : c.rule().rules()) {
                Correlator inner = byReference(ref);
                if (inner != null) {
                    d = Math.max(d, 1 + depth(inner, guard + 1));
                }
            }
        }
        depth.put(c, d);
        return d;
    }

    private Correlator byReference(String ref) {
        for (Correlator c : byKey.values()) {
            if (ref.equals(c.rule().id()) || ref.equals(c.rule().name())) {
                return c;
            }
        }
        return null;
    }

    /** The key a correlation rule is known by: its id, or its title when it has none. */
    public static String keyOf(CorrelationRule rule) {
        return rule.id() != null ? rule.id() : rule.title();
    }

    /** The correlators fed by the rule with this id or name. */
    public List<Route> of(String id, String name) {
        List<Route> targets = new ArrayList<>();
        if (id != null) {
            targets.addAll(routes.getOrDefault(id, List.of()));
        }
        if (name != null && !name.equals(id)) {
            targets.addAll(routes.getOrDefault(name, List.of()));
        }
        return targets;
    }

    /** True if the rule feeds a correlation that does not want its own alerts ({@code generate: false}). */
    public boolean isSilent(String id, String name) {
        return id != null && silent.contains(id) || name != null && silent.contains(name);
    }

    /**
     * True if a match of this rule (or a firing of this correlation) is an alert. Not when the rule
     * is silent ({@link #isSilent}), nor when its level is {@code informational}: the rules
     * specification reserves that level for enriching events ("no case or alerting should be
     * triggered by such rules because it is expected that a huge amount of events will match
     * them"), and SigmaHQ's informational rules (every Windows logoff, for one) would otherwise
     * outnumber every other alert. Such a match still feeds the correlations that refer to it.
     */
    public boolean raisesAlert(String id, String name, String level) {
        return !INFORMATIONAL.equals(level) && !isSilent(id, name);
    }

    /** The correlator known by {@link #keyOf}, or null. */
    public Correlator correlator(String key) {
        return byKey.get(key);
    }

    /** 1 for a correlation of detection rules, 1 + the deepest referred correlation otherwise. */
    public int depth(Correlator c) {
        return depth.getOrDefault(c, 1);
    }

    /** The deepest chain of the library (0 without correlations). */
    public int maxDepth() {
        return depth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** A fired correlation as an event for the correlations that refer to it. */
    public static Event asEvent(CorrelationAlert alert) {
        Event e = new Event(new HashMap<>(), LogSource.UNKNOWN);
        alert.group().forEach(e::put);
        e.put("@timestamp", alert.windowEnd().toString());
        e.put("event.id", alert.id());
        return e;
    }
}
