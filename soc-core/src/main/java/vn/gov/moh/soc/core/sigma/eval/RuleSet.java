package vn.gov.moh.soc.core.sigma.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.LogSource;
import vn.gov.moh.soc.core.sigma.rule.RuleLogSource;

/**
 * Compiled rules indexed by log source: an event meets only the rules whose product, category
 * and service fit its own (an unset part of a rule's log source fits anything). An event whose
 * parser could not tell its log source meets every rule.
 */
public final class RuleSet {
    private final List<CompiledRule> rules;
    private final Map<RuleLogSource, List<CompiledRule>> byLogSource = new HashMap<>();
    private final Map<LogSource, List<CompiledRule>> candidates = new ConcurrentHashMap<>();
    private final Map<LogSource, RuleIndex> indexes = new ConcurrentHashMap<>();

    public RuleSet(List<CompiledRule> rules) {
        this.rules = List.copyOf(rules);
        for (CompiledRule rule : rules) {
            byLogSource.computeIfAbsent(rule.rule().logSource(), k -> new ArrayList<>()).add(rule);
        }
    }

    public List<CompiledRule> rules() {
        return rules;
    }

    public int size() {
        return rules.size();
    }

    /** The rules an event of this log source can match, computed once per distinct log source. */
    public List<CompiledRule> candidates(LogSource source) {
        return candidates.computeIfAbsent(source, this::select);
    }

    private List<CompiledRule> select(LogSource source) {
        if (source.equals(LogSource.UNKNOWN)) {
            return rules;
        }
        Set<CompiledRule> out = new LinkedHashSet<>();
        List<String> products = alternatives(source.product());
        List<String> services = alternatives(source.service());
        List<String> categories = new ArrayList<>();
        categories.add(null);
        categories.addAll(source.categories());
        for (String p : products) {
            for (String c : categories) {
                for (String s : services) {
                    out.addAll(byLogSource.getOrDefault(new RuleLogSource(p, c, s), List.of()));
                }
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(out));
    }

    private static List<String> alternatives(String value) {
        List<String> list = new ArrayList<>(2);
        list.add(null);
        if (value != null) {
            list.add(value);
        }
        return list;
    }

    /**
     * The rules that match, found by evaluating every rule of the event's log source: slower
     * than {@link #match}, kept as its reference in tests and benchmarks.
     */
    public List<CompiledRule> matchEveryCandidate(Event event) {
        List<CompiledRule> hits = new ArrayList<>(2);
        for (CompiledRule rule : candidates(event.logSource())) {
            if (rule.matches(event)) {
                hits.add(rule);
            }
        }
        return hits;
    }

    /**
     * The rules that match the event, in load order. Only the rules of the event's log source
     * whose required literals occur in the event are evaluated (see {@link RuleIndex}).
     */
    public List<CompiledRule> match(Event event) {
        LogSource source = Objects.requireNonNull(event.logSource());
        return indexes.computeIfAbsent(source, s -> new RuleIndex(candidates(s))).match(event);
    }

    /** How many of the rules for this log source the literal index can skip, of how many. */
    public int[] indexCoverage(LogSource source) {
        RuleIndex index = indexes.computeIfAbsent(source, s -> new RuleIndex(candidates(s)));
        return new int[] {index.indexedRules(), index.size()};
    }
}
