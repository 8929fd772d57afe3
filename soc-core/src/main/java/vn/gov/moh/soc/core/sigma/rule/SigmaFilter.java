package vn.gov.moh.soc.core.sigma.rule;

import java.util.List;
import java.util.Map;

/**
 * A Sigma global filter: searches and a condition that, when they match, suppress the matches
 * of the named rules (by id or name) whose log source it shares.
 */
public record SigmaFilter(
        String source,
        String id,
        String title,
        RuleLogSource logSource,
        List<String> rules,
        Map<String, SearchIdentifier> searches,
        List<String> conditions) {
}
