package vn.gov.moh.soc.portal.application.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.gov.moh.soc.core.sigma.eval.RuleCompiler;
import vn.gov.moh.soc.core.sigma.rule.CorrelationRule;
import vn.gov.moh.soc.core.sigma.rule.RuleException;
import vn.gov.moh.soc.core.sigma.rule.SigmaDocuments;
import vn.gov.moh.soc.core.sigma.rule.SigmaFilter;
import vn.gov.moh.soc.core.sigma.rule.SigmaRule;
import vn.gov.moh.soc.core.sigma.rule.SigmaRuleParser;

/**
 * Checks a rule with soc-core's Sigma engine as the correlation job does before it accepts a
 * {@code soc.rules} record: exactly one rule, filter or correlation, with an id, and a detection
 * rule must compile with the job's field mapping. A correlation's or filter's references to other
 * rules are checked by the job only: it holds rules from its own files the portal does not know.
 */
public final class RuleValidation {
    /** The longest YAML the portal stores for one rule. */
    public static final int MAX_CHARS = 200_000;
    private static final RuleCompiler COMPILER = RuleCompiler.withDefaults();

    /**
     * One thing wrong.
     *
     * @param line  the 1-based line in the YAML, 0 when the parser does not give one
     * @param field the rule field concerned ({@code id}, {@code yaml}, ...)
     */
    public record Problem(String field, int line, String message) {
    }

    /** A rule the job will take: its id, kind ({@code rule}, {@code filter}, {@code correlation}), title and level. */
    public record ValidRule(String id, String kind, String title, String level, String yaml) {
    }

    private RuleValidation() {
    }

    /**
     * @param expectedId the id the rule must carry (the path of an edit), or null for a new upload
     * @throws InvalidRuleException with every problem found
     */
    public static ValidRule validate(String yaml, String expectedId) {
        if (yaml == null || yaml.isBlank()) {
            throw invalid("yaml", 0, "the body is empty: send the rule's Sigma YAML");
        }
        if (yaml.length() > MAX_CHARS || yaml.getBytes(StandardCharsets.UTF_8).length > SigmaRuleParser.MAX_FILE_BYTES) {
            throw invalid("yaml", 0, "the rule has " + yaml.length() + " characters; at most " + MAX_CHARS + " are accepted");
        }
        SigmaDocuments docs = SigmaRuleParser.parse(yaml, "portal");
        List<Problem> problems = new ArrayList<>();
        for (RuleException e : docs.rejected()) {
            problems.add(new Problem(e.line() > 0 ? "yaml" : "rule", e.line(), e.reason()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleException(problems);
        }
        int count = docs.rules().size() + docs.filters().size() + docs.correlations().size();
        if (count != 1) {
            throw invalid("yaml", 0, "send exactly one rule, filter or correlation; this text holds " + count);
        }
        ValidRule valid;
        if (!docs.rules().isEmpty()) {
            SigmaRule r = docs.rules().get(0);
            requireId(r.id());
            try {
                COMPILER.compile(r);
            } catch (RuleException e) {
                throw invalid("detection", e.line(), e.reason());
            }
            valid = new ValidRule(r.id(), "rule", r.title(), r.level(), yaml);
        } else if (!docs.filters().isEmpty()) {
            SigmaFilter f = docs.filters().get(0);
            requireId(f.id());
            valid = new ValidRule(f.id(), "filter", f.title(), null, yaml);
        } else {
            CorrelationRule c = docs.correlations().get(0);
            requireId(c.id());
            valid = new ValidRule(c.id(), "correlation", c.title(), c.level(), yaml);
        }
        if (valid.title() != null && valid.title().length() > 500) {
            throw invalid("title", 0, "the title has " + valid.title().length() + " characters; at most 500");
        }
        if (valid.level() != null && valid.level().length() > 40) {
            throw invalid("level", 0, "the level is not a Sigma level: " + valid.level().substring(0, 40) + "...");
        }
        if (expectedId != null && !expectedId.equals(valid.id())) {
            throw invalid("id", 0, "the rule's id is '" + valid.id() + "', not '" + expectedId + "' as in the path");
        }
        return valid;
    }

    private static void requireId(String id) {
        if (id == null || id.isBlank()) {
            throw invalid("id", 0, "the rule has no id: the job keys soc.rules by it");
        }
        if (id.length() > 200) {
            throw invalid("id", 0, "the rule's id has " + id.length() + " characters; at most 200");
        }
    }

    private static InvalidRuleException invalid(String field, int line, String message) {
        return new InvalidRuleException(List.of(new Problem(field, line, message)));
    }
}
