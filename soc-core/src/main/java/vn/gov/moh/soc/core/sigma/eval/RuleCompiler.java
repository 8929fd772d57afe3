package vn.gov.moh.soc.core.sigma.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import vn.gov.moh.soc.core.sigma.condition.ConditionException;
import vn.gov.moh.soc.core.sigma.condition.ConditionNode;
import vn.gov.moh.soc.core.sigma.condition.ConditionParser;
import vn.gov.moh.soc.core.sigma.mapping.FieldMapping;
import vn.gov.moh.soc.core.sigma.mapping.Placeholders;
import vn.gov.moh.soc.core.sigma.rule.FieldItem;
import vn.gov.moh.soc.core.sigma.rule.RuleException;
import vn.gov.moh.soc.core.sigma.rule.RuleLogSource;
import vn.gov.moh.soc.core.sigma.rule.SearchIdentifier;
import vn.gov.moh.soc.core.sigma.rule.SigmaFilter;
import vn.gov.moh.soc.core.sigma.rule.SigmaRule;

/**
 * Compiles parsed rules for evaluation: maps their fields (the mapping step), compiles each
 * search identifier and the condition, and adds the global filters that name the rule.
 */
public final class RuleCompiler {
    private final FieldMapping mapping;
    private final Placeholders placeholders;

    public RuleCompiler(FieldMapping mapping, Placeholders placeholders) {
        this.mapping = mapping;
        this.placeholders = placeholders;
    }

    /** The compiler with soc-core's shipped field mappings and placeholders. */
    public static RuleCompiler withDefaults() {
        return new RuleCompiler(FieldMapping.defaults(), Placeholders.defaults());
    }

    /**
     * Compiles a rule with the filters that apply to it.
     *
     * @throws RuleException naming the rule's file, id and the reason it cannot run
     */
    public CompiledRule compile(SigmaRule rule, List<SigmaFilter> filters) {
        Matcher condition = compileDetection(rule.source(), rule.id(), rule.logSource(), rule.searches(),
                rule.conditions());
        List<Matcher> excluded = new ArrayList<>();
        for (SigmaFilter filter : filters) {
            if (appliesTo(filter, rule)) {
                excluded.add(compileDetection(filter.source(), filter.id(), rule.logSource(), filter.searches(),
                        filter.conditions()));
            }
        }
        if (!excluded.isEmpty()) {
            Matcher any = excluded.size() == 1 ? excluded.get(0)
                    : ValueMatchers.anyOf(excluded.toArray(Matcher[]::new));
            condition = ValueMatchers.allOf(new Matcher[] {condition, new ValueMatchers.Not(any)});
        }
        return new CompiledRule(rule, condition);
    }

    /** How the fields of rules with this log source are named in events. */
    public UnaryOperator<String> fieldMapper(RuleLogSource logSource) {
        return mapping.forLogSource(logSource);
    }

    public CompiledRule compile(SigmaRule rule) {
        return compile(rule, List.of());
    }

    private static boolean appliesTo(SigmaFilter filter, SigmaRule rule) {
        boolean named = filter.rules().stream().anyMatch(r -> r.equals(rule.id()) || r.equals(rule.name()));
        RuleLogSource f = filter.logSource();
        RuleLogSource r = rule.logSource();
        boolean sameSource = (f.product() == null || f.product().equals(r.product()))
                && (f.category() == null || f.category().equals(r.category()))
                && (f.service() == null || f.service().equals(r.service()));
        return named && sameSource;
    }

    private Matcher compileDetection(String source, String id, RuleLogSource logSource,
            Map<String, SearchIdentifier> searches, List<String> conditions) {
        UnaryOperator<String> fields = mapping.forLogSource(logSource);
        ItemCompiler items = new ItemCompiler(fields, placeholders);
        Map<String, Matcher> compiled = new LinkedHashMap<>();
        for (SearchIdentifier search : searches.values()) {
            try {
                compiled.put(search.name(), compileSearch(search, items));
            } catch (ItemCompiler.InvalidItemException e) {
                throw new RuleException(source, id, "search '" + search.name() + "': " + e.getMessage());
            }
        }
        List<Matcher> alternatives = new ArrayList<>();
        for (String condition : conditions) {
            try {
                alternatives.add(compileCondition(ConditionParser.parse(condition), compiled));
            } catch (ConditionException e) {
                throw new RuleException(source, id, e.getMessage());
            }
        }
        return alternatives.size() == 1 ? alternatives.get(0)
                : ValueMatchers.anyOf(alternatives.toArray(Matcher[]::new));
    }

    private static Matcher compileSearch(SearchIdentifier search, ItemCompiler items) {
        List<Matcher> alternatives = new ArrayList<>();
        for (List<FieldItem> group : search.alternatives()) {
            List<Matcher> all = new ArrayList<>();
            for (FieldItem item : group) {
                all.add(items.compile(item));
            }
            alternatives.add(all.size() == 1 ? all.get(0) : ValueMatchers.allOf(all.toArray(Matcher[]::new)));
        }
        return alternatives.size() == 1 ? alternatives.get(0)
                : ValueMatchers.anyOf(alternatives.toArray(Matcher[]::new));
    }

    private static Matcher compileCondition(ConditionNode node, Map<String, Matcher> searches) {
        if (node instanceof ConditionNode.Reference ref) {
            Matcher m = searches.get(ref.name());
            if (m == null) {
                throw new ConditionException("condition names '" + ref.name() + "', which is not a search identifier");
            }
            return m;
        }
        if (node instanceof ConditionNode.Not not) {
            return new ValueMatchers.Not(compileCondition(not.operand(), searches));
        }
        if (node instanceof ConditionNode.And and) {
            return ValueMatchers.allOf(and.operands().stream().map(o -> compileCondition(o, searches))
                    .toArray(Matcher[]::new));
        }
        if (node instanceof ConditionNode.Or or) {
            return ValueMatchers.anyOf(or.operands().stream().map(o -> compileCondition(o, searches))
                    .toArray(Matcher[]::new));
        }
        ConditionNode.Quantified q = (ConditionNode.Quantified) node;
        List<Matcher> selected = new ArrayList<>();
        for (Map.Entry<String, Matcher> e : searches.entrySet()) {
            boolean hit = q.pattern() == null ? !e.getKey().startsWith("_") : glob(q.pattern(), e.getKey());
            if (hit) {
                selected.add(e.getValue());
            }
        }
        if (selected.isEmpty()) {
            throw new ConditionException("'" + (q.all() ? "all" : "1") + " of " + (q.pattern() == null ? "them" : q.pattern())
                    + "' matches no search identifier");
        }
        Matcher[] array = selected.toArray(Matcher[]::new);
        return q.all() ? ValueMatchers.allOf(array) : ValueMatchers.anyOf(array);
    }

    /** Identifier patterns use {@code *} for any run of characters. */
    private static boolean glob(String pattern, String name) {
        StringTest test = StringTest.compile(SigmaPattern.parse(pattern));
        return test.test(name);
    }
}
