package vn.gov.moh.soc.core.sigma;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.List;
import java.util.stream.Stream;
import vn.gov.moh.soc.core.sigma.correlation.Correlator;
import vn.gov.moh.soc.core.sigma.eval.CompiledRule;
import vn.gov.moh.soc.core.sigma.eval.RuleCompiler;
import vn.gov.moh.soc.core.sigma.eval.RuleSet;
import vn.gov.moh.soc.core.sigma.rule.CorrelationRule;
import vn.gov.moh.soc.core.sigma.rule.RuleException;
import vn.gov.moh.soc.core.sigma.rule.SigmaDocuments;
import vn.gov.moh.soc.core.sigma.rule.SigmaRule;
import vn.gov.moh.soc.core.sigma.rule.SigmaRuleParser;

/**
 * The rules loaded from folders of Sigma YAML: the compiled detection rules, the correlation
 * rules, and every document that was rejected with its reason. Loading never stops at a bad
 * rule; it reports it.
 */
public final class RuleLibrary {
    private final RuleSet ruleSet;
    private final List<Correlator> correlators;
    private final List<RuleException> rejected;
    private final int filters;

    private RuleLibrary(RuleSet ruleSet, List<Correlator> correlators, List<RuleException> rejected, int filters) {
        this.ruleSet = ruleSet;
        this.correlators = List.copyOf(correlators);
        this.rejected = List.copyOf(rejected);
        this.filters = filters;
    }

    /** Loads every {@code .yml}/{@code .yaml} file under the folders (or the files themselves). */
    public static RuleLibrary load(List<Path> roots, RuleCompiler compiler) {
        SigmaDocuments all = new SigmaDocuments();
        for (Path root : roots) {
            for (Path file : yamlFiles(root)) {
                all.addAll(SigmaRuleParser.parse(file));
            }
        }
        return compile(all, compiler);
    }

    public static RuleLibrary load(List<Path> roots) {
        return load(roots, RuleCompiler.withDefaults());
    }

    /** Compiles documents already parsed. */
    public static RuleLibrary compile(SigmaDocuments documents, RuleCompiler compiler) {
        return compile(documents, compiler, new HashMap<>());
    }

    /**
     * Compiles documents already parsed, taking rules from {@code compiled} when they are there
     * and adding the ones compiled now: a caller that changes one rule of thousands compiles one.
     * The cache is only valid for the same filters and compiler; the caller clears it otherwise.
     */
    public static RuleLibrary compile(SigmaDocuments documents, RuleCompiler compiler, Map<SigmaRule, CompiledRule> cache) {
        List<RuleException> rejected = new ArrayList<>(documents.rejected());
        List<CompiledRule> compiled = new ArrayList<>();
        for (var rule : documents.rules()) {
            CompiledRule known = cache.get(rule);
            if (known != null) {
                compiled.add(known);
                continue;
            }
            try {
                CompiledRule c = compiler.compile(rule, documents.filters());
                cache.put(rule, c);
                compiled.add(c);
            } catch (RuleException e) {
                rejected.add(e);
            }
        }
        List<Correlator> correlators = compileCorrelations(documents.correlations(), compiled, compiler, rejected);
        return new RuleLibrary(new RuleSet(compiled), correlators, rejected, documents.filters().size());
    }

    /**
     * Resolves what each correlation refers to (detection rules or other correlations, by id or
     * name); a correlation that refers to something unknown, or to itself through a chain, is rejected.
     */
    private static List<Correlator> compileCorrelations(List<CorrelationRule> correlations, List<CompiledRule> rules,
            RuleCompiler compiler, List<RuleException> rejected) {
        Map<String, SigmaRule> detection = new HashMap<>();
        for (CompiledRule r : rules) {
            if (r.rule().id() != null) {
                detection.put(r.rule().id(), r.rule());
            }
            if (r.rule().name() != null) {
                detection.put(r.rule().name(), r.rule());
            }
        }
        Map<String, CorrelationRule> byRef = new HashMap<>();
        for (CorrelationRule c : correlations) {
            if (c.id() != null) {
                byRef.put(c.id(), c);
            }
            if (c.name() != null) {
                byRef.put(c.name(), c);
            }
        }
        List<Correlator> out = new ArrayList<>();
        for (CorrelationRule c : correlations) {
            try {
                List<UnaryOperator<String>> fields = new ArrayList<>();
                for (String ref : c.rules()) {
                    SigmaRule base = detection.get(ref);
                    if (base != null) {
                        fields.add(compiler.fieldMapper(base.logSource()));
                    } else if (byRef.containsKey(ref)) {
                        if (refersTo(byRef.get(ref), c, byRef, new HashSet<>())) {
                            throw new RuleException(c.source(), c.id(), "correlation chain refers back to itself through '" + ref + "'");
                        }
                        // A chained correlation's hits carry its group under the group-by names.
                        fields.add(UnaryOperator.identity());
                    } else {
                        throw new RuleException(c.source(), c.id(), "refers to rule '" + ref
                                + "', which is neither a loaded rule id nor a rule name");
                    }
                }
                out.add(new Correlator(c, fields));
            } catch (RuleException e) {
                rejected.add(e);
            }
        }
        return out;
    }

    private static boolean refersTo(CorrelationRule from, CorrelationRule target, Map<String, CorrelationRule> byRef,
            Set<CorrelationRule> seen) {
        if (from == target) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        for (String ref : from.rules()) {
            CorrelationRule next = byRef.get(ref);
            if (next != null && refersTo(next, target, byRef, seen)) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> yamlFiles(Path root) {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("rule folder " + root + " does not exist");
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    public List<Correlator> correlators() {
        return correlators;
    }

    public List<RuleException> rejected() {
        return rejected;
    }

    public int filterCount() {
        return filters;
    }
}
