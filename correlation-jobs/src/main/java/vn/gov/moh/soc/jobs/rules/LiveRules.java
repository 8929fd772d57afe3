package vn.gov.moh.soc.jobs.rules;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.moh.soc.core.sigma.CorrelationRoutes;
import vn.gov.moh.soc.core.sigma.RuleLibrary;
import vn.gov.moh.soc.core.sigma.correlation.Correlator;
import vn.gov.moh.soc.core.sigma.eval.CompiledRule;
import vn.gov.moh.soc.core.sigma.eval.RuleCompiler;
import vn.gov.moh.soc.core.sigma.rule.RuleException;
import vn.gov.moh.soc.core.sigma.rule.SigmaDocuments;
import vn.gov.moh.soc.core.sigma.rule.SigmaFilter;
import vn.gov.moh.soc.core.sigma.rule.SigmaRule;
import vn.gov.moh.soc.core.sigma.rule.SigmaRuleParser;
import vn.gov.moh.soc.jobs.record.RuleChange;

/**
 * The rules in force in one task: the rules read at start, overlaid by the changes accepted from
 * {@code soc.rules} (a rule there replaces the file rule with the same id; a disable removes it),
 * compiled into a {@link RuleLibrary} and its {@link CorrelationRoutes}.
 *
 * <p>A change is accepted only if the new library compiles it and rejects no rule it did not
 * reject before, so an invalid rule, or a disable that a correlation still needs, leaves every
 * rule as it was. Every task decides the same way from the same inputs, so all agree. A change
 * compiles only the rules it brings (compiled rules are kept, until a filter changes) and
 * rebuilds the index and the correlations.
 *
 * <p>The rules read at start are parsed and compiled once per JVM ({@link Startup}) and shared by
 * every instance built from the same texts: a task manager runs one match and several correlate
 * instances per slot, and each compiling 3,700 SigmaHQ rules on its own took seconds of CPU apiece
 * at every start. Compiled rules are immutable and evaluated with per-thread scratch space, so
 * instances in different threads can share them; each instance keeps its own library and changes.
 */
public final class LiveRules {
    private final List<RuleText> startup;
    private final int maxDepth;
    private final RuleCompiler compiler = RuleCompiler.withDefaults();
    private SigmaDocuments startupDocuments;
    private Startup shared;
    /** Compiled rules by identity (the file rules are parsed once), valid for {@link #cachedFilters}. */
    private final Map<SigmaRule, CompiledRule> compiledRules = new IdentityHashMap<>();
    private List<SigmaFilter> cachedFilters = List.of();
    private final Map<String, String> overlays = new HashMap<>();
    private Compiled current;

    private record Compiled(RuleLibrary library, CorrelationRoutes routes, Map<String, String> rejected) {
    }

    public LiveRules(List<RuleText> startup, int maxDepth) {
        this.startup = List.copyOf(startup);
        this.maxDepth = maxDepth;
    }

    /**
     * Parses and compiles the rules read at start now (or takes them from the JVM's shared set), so
     * that a function opening with it is ready when its task runs instead of at its first record.
     */
    public void prepare() {
        startupDocuments();
    }

    /** Starts again from the rules read at start plus these accepted overlays (from broadcast state). */
    public void reset(Iterable<Map.Entry<String, String>> acceptedOverlays) {
        overlays.clear();
        acceptedOverlays.forEach(e -> overlays.put(e.getKey(), e.getValue()));
        current = compile(overlays);
    }

    /**
     * Applies a change if it is valid.
     *
     * @return null when accepted, else why it was rejected (nothing changed then)
     */
    public String apply(RuleChange change) {
        if (current == null) {
            reset(List.of());
        }
        if (change.ruleId == null || change.ruleId.isBlank()) {
            return "a rule change needs the rule id as its Kafka key";
        }
        String overlay = change.disables() ? "" : change.yaml;
        if (!change.disables()) {
            SigmaDocuments docs = SigmaRuleParser.parse(change.yaml, source(change.ruleId));
            if (!docs.rejected().isEmpty()) {
                return docs.rejected().get(0).getMessage();
            }
            int count = docs.rules().size() + docs.filters().size() + docs.correlations().size();
            if (count != 1) {
                return "a record of soc.rules holds exactly one rule; this one holds " + count;
            }
            String id = !docs.rules().isEmpty() ? docs.rules().get(0).id()
                    : !docs.filters().isEmpty() ? docs.filters().get(0).id() : docs.correlations().get(0).id();
            if (!change.ruleId.equals(id)) {
                return "the record's key '" + change.ruleId + "' is not the rule's id '" + id + "'";
            }
        }
        Map<String, String> next = new HashMap<>(overlays);
        next.put(change.ruleId, overlay);
        Compiled candidate = compile(next);
        String own = candidate.rejected().get(change.ruleId);
        if (own != null) {
            return own;
        }
        Set<String> broken = new LinkedHashSet<>(candidate.rejected().keySet());
        broken.removeAll(current.rejected().keySet());
        if (!broken.isEmpty()) {
            return "the change would make these rules fail: " + String.join("; ",
                    broken.stream().map(id -> id + ": " + candidate.rejected().get(id)).toList());
        }
        overlays.put(change.ruleId, overlay);
        current = candidate;
        return null;
    }

    private static String source(String ruleId) {
        return "soc.rules/" + ruleId;
    }

    private SigmaDocuments startupDocuments() {
        if (startupDocuments == null) {
            shared = Startup.of(startup);
            startupDocuments = shared.documents();
            compiledRules.putAll(shared.compiled());
            cachedFilters = List.copyOf(shared.documents().filters());
        }
        return startupDocuments;
    }

    /**
     * The rules read at start, parsed, and each compiled against the start-up filters: read-only
     * once made. The last set made is kept for the JVM, so the instances of a job (and of its
     * restarts) make it once.
     */
    private record Startup(List<RuleText> texts, SigmaDocuments documents, Map<SigmaRule, CompiledRule> compiled,
            RuleLibrary library) {
        private static Startup last;

        static synchronized Startup of(List<RuleText> texts) {
            if (last == null || !last.texts().equals(texts)) {
                SigmaDocuments docs = new SigmaDocuments();
                for (RuleText t : texts) {
                    docs.addAll(SigmaRuleParser.parse(t.yaml(), t.origin()));
                }
                Map<SigmaRule, CompiledRule> compiled = new IdentityHashMap<>();
                RuleLibrary library = RuleLibrary.compile(docs, RuleCompiler.withDefaults(), compiled);
                last = new Startup(texts, docs, Collections.unmodifiableMap(compiled), library);
            }
            return last;
        }
    }

    private Compiled compile(Map<String, String> overlay) {
        SigmaDocuments base = startupDocuments();
        if (overlay.isEmpty()) {
            // The start-up rules alone: the shared library, whose per-log-source indexes are then built once too.
            return routed(shared.library());
        }
        SigmaDocuments docs = new SigmaDocuments();
        base.rules().stream().filter(r -> !overlay.containsKey(r.id())).forEach(docs.rules()::add);
        base.filters().stream().filter(f -> !overlay.containsKey(f.id())).forEach(docs.filters()::add);
        base.correlations().stream().filter(c -> !overlay.containsKey(c.id())).forEach(docs.correlations()::add);
        docs.rejected().addAll(base.rejected());
        overlay.forEach((id, yaml) -> {
            if (!yaml.isEmpty()) {
                docs.addAll(SigmaRuleParser.parse(yaml, source(id)));
            }
        });
        if (!docs.filters().equals(cachedFilters)) {
            // Filters change what rules compile to: compile every rule again.
            compiledRules.clear();
            cachedFilters = List.copyOf(docs.filters());
        }
        RuleLibrary library = RuleLibrary.compile(docs, compiler, compiledRules);
        // Keep only what this library holds: rules given up (and re-parsed overlays) would pile up.
        Set<SigmaRule> current = Collections.newSetFromMap(new IdentityHashMap<>());
        current.addAll(docs.rules());
        compiledRules.keySet().removeIf(r -> !current.contains(r));
        return routed(library);
    }

    /** The library with its correlation routes, and what is not in force with the reason. */
    private Compiled routed(RuleLibrary library) {
        Map<String, String> rejected = new HashMap<>();
        for (RuleException e : library.rejected()) {
            rejected.put(e.ruleId() != null ? e.ruleId() : e.source(), e.getMessage());
        }
        CorrelationRoutes routes = new CorrelationRoutes(library);
        // A correlation too deep for the job's stages would never fire: it counts as rejected.
        for (Correlator c : library.correlators()) {
            if (routes.depth(c) > maxDepth) {
                String key = CorrelationRoutes.keyOf(c.rule());
                rejected.put(key, c.rule().source() + ": correlation " + key + " is chained " + routes.depth(c)
                        + " deep; correlation.max-depth is " + maxDepth);
            }
        }
        return new Compiled(library, routes, rejected);
    }

    public RuleLibrary library() {
        ensure();
        return current.library();
    }

    public CorrelationRoutes routes() {
        ensure();
        return current.routes();
    }

    /** Rule id (or file) to reason, for every rule that is not in force. */
    public Map<String, String> rejected() {
        ensure();
        return Map.copyOf(current.rejected());
    }

    private void ensure() {
        if (current == null) {
            reset(List.of());
        }
    }
}
