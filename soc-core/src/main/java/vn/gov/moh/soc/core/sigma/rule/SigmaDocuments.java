package vn.gov.moh.soc.core.sigma.rule;

import java.util.ArrayList;
import java.util.List;

/** What one YAML file holds: detection rules, filters, correlation rules, and the rejected documents. */
public final class SigmaDocuments {
    private final List<SigmaRule> rules = new ArrayList<>();
    private final List<SigmaFilter> filters = new ArrayList<>();
    private final List<CorrelationRule> correlations = new ArrayList<>();
    private final List<RuleException> rejected = new ArrayList<>();

    public List<SigmaRule> rules() {
        return rules;
    }

    public List<SigmaFilter> filters() {
        return filters;
    }

    public List<CorrelationRule> correlations() {
        return correlations;
    }

    public List<RuleException> rejected() {
        return rejected;
    }

    public SigmaDocuments addAll(SigmaDocuments other) {
        rules.addAll(other.rules);
        filters.addAll(other.filters);
        correlations.addAll(other.correlations);
        rejected.addAll(other.rejected);
        return this;
    }
}
