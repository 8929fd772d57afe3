package vn.gov.moh.soc.portal.application.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.infrastructure.search.SearchUnavailableException;

/**
 * The rules page's list: {@link RuleService}'s rules (same readers: analysts, admins, auditors)
 * merged with the rules the alerts name, each with its alert counts. Elasticsearch being down
 * leaves the published rules listed without counts, saying why, since publishing and disabling
 * do not need it.
 */
@ApplicationScoped
public class RuleOverviewService {
    static final Duration RECENT = Duration.ofHours(24);

    @Inject
    RuleService rules;
    @Inject
    RuleAlertCounts counts;

    private Clock clock = Clock.systemUTC();

    public RuleOverview overview(Caller caller) {
        List<PublishedRule> published = rules.list(caller);
        Instant since = clock.instant().minus(RECENT);
        Map<String, RuleAlertCounts.Count> byRule;
        String unavailable = null;
        try {
            byRule = counts.byRule(since);
        } catch (SearchUnavailableException e) {
            byRule = null;
            unavailable = e.getMessage();
        }
        return new RuleOverview(merge(published, byRule), since, unavailable);
    }

    /** One row per rule id: the portal's record first, the alerts' name for the job's rules; most alerts first. */
    static List<RuleOverview.Row> merge(List<PublishedRule> published, Map<String, RuleAlertCounts.Count> byRule) {
        Map<String, RuleAlertCounts.Count> left = byRule == null ? new HashMap<>() : new HashMap<>(byRule);
        List<RuleOverview.Row> rows = new ArrayList<>();
        for (PublishedRule p : published) {
            RuleAlertCounts.Count c = left.remove(p.id());
            boolean external = RuleService.EXTERNAL.equals(p.kind());
            String title = external && c != null && c.ruleName() != null ? c.ruleName() : p.title();
            rows.add(new RuleOverview.Row(p.id(), title, p.level(),
                    external ? RuleOverview.Origin.PIPELINE : RuleOverview.Origin.PORTAL,
                    p.enabled() ? RuleOverview.Status.ACTIVE : RuleOverview.Status.DISABLED, p,
                    recent(c, byRule), total(c, byRule)));
        }
        for (RuleAlertCounts.Count c : left.values()) {
            rows.add(new RuleOverview.Row(c.ruleId(), c.ruleName() == null ? c.ruleId() : c.ruleName(), null,
                    RuleOverview.Origin.PIPELINE, RuleOverview.Status.FROM_FILES, null, c.recent(), c.total()));
        }
        rows.sort(Comparator.comparingLong(RuleOverview.Row::total).reversed().thenComparing(RuleOverview.Row::id));
        return rows;
    }

    private static long recent(RuleAlertCounts.Count c, Map<String, RuleAlertCounts.Count> all) {
        return all == null ? -1 : c == null ? 0 : c.recent();
    }

    private static long total(RuleAlertCounts.Count c, Map<String, RuleAlertCounts.Count> all) {
        return all == null ? -1 : c == null ? 0 : c.total();
    }
}
