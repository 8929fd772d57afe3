package vn.gov.moh.soc.portal.application.pipeline;

import java.time.Instant;
import java.util.Map;

/** How many alerts each rule raised, read from the alerts index. */
public interface RuleAlertCounts {
    /** A rule as the alerts name it, with its alerts since {@code since} and in all. */
    record Count(String ruleId, String ruleName, long recent, long total) {
    }

    /**
     * Every rule id found in the alerts, with its counts, from one aggregation. Throws
     * {@code SearchUnavailableException} when Elasticsearch is not configured or does not answer.
     */
    Map<String, Count> byRule(Instant since);
}
