package vn.gov.moh.soc.core.sigma;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.gov.moh.soc.core.sigma.eval.CompiledRule;
import vn.gov.moh.soc.core.sigma.eval.RuleCompiler;
import vn.gov.moh.soc.core.sigma.eval.RuleSet;
import vn.gov.moh.soc.core.sigma.rule.CorrelationRule;
import vn.gov.moh.soc.core.sigma.rule.RuleException;
import vn.gov.moh.soc.core.sigma.rule.SigmaDocuments;
import vn.gov.moh.soc.core.sigma.rule.SigmaRuleParser;

/**
 * The rules loaded from folders of Sigma YAML: the compiled detection rules, the correlation
 * rules, and every document that was rejected with its reason. Loading never stops at a bad
 * rule; it reports it.
 */
public final class RuleLibrary {
    private final RuleSet ruleSet;
    private final List<CorrelationRule> correlations;
    private final List<RuleException> rejected;
    private final int filters;

    private RuleLibrary(RuleSet ruleSet, List<CorrelationRule> correlations, List<RuleException> rejected, int filters) {
        this.ruleSet = ruleSet;
        this.correlations = List.copyOf(correlations);
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
        List<RuleException> rejected = new ArrayList<>(documents.rejected());
        List<CompiledRule> compiled = new ArrayList<>();
        for (var rule : documents.rules()) {
            try {
                compiled.add(compiler.compile(rule, documents.filters()));
            } catch (RuleException e) {
                rejected.add(e);
            }
        }
        return new RuleLibrary(new RuleSet(compiled), documents.correlations(), rejected, documents.filters().size());
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

    public List<CorrelationRule> correlations() {
        return correlations;
    }

    public List<RuleException> rejected() {
        return rejected;
    }

    public int filterCount() {
        return filters;
    }
}
