package vn.gov.moh.soc.portal.application.pipeline;

import java.time.Instant;
import java.util.List;

/**
 * The rules page: every rule the portal published or disabled, and every rule the alerts name
 * (the job's own rule files), each with its alerts in the last 24 hours and in all.
 *
 * @param countsUnavailable why the alert counts are missing (search down or not configured), or null
 */
public record RuleOverview(List<Row> rules, Instant since, String countsUnavailable) {
    public RuleOverview {
        rules = List.copyOf(rules);
    }

    /** Where the portal knows a rule from. */
    public enum Origin {
        /** Uploaded through the portal: it holds the YAML. */
        PORTAL,
        /** One of the correlation job's rule files: seen in alerts, or disabled by id. */
        PIPELINE
    }

    /** What the portal last told the job about a rule. */
    public enum Status {
        ACTIVE,
        DISABLED,
        /** Never published or disabled through the portal: the job's files decide. */
        FROM_FILES
    }

    /**
     * @param published the portal's record of it, null for a rule known only from alerts
     * @param recent alerts since {@link RuleOverview#since()}; -1 when the counts are unavailable
     * @param total every alert of the rule in the index; -1 when the counts are unavailable
     */
    public record Row(String id, String title, String level, Origin origin, Status status, PublishedRule published,
                      long recent, long total) {
    }
}
