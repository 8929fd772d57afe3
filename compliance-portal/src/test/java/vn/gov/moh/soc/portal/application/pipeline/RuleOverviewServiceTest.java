package vn.gov.moh.soc.portal.application.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleOverviewServiceTest {
    private static final Instant AT = Instant.parse("2026-12-01T00:00:00Z");

    private static String row(RuleOverview.Row r) {
        return r.id() + " " + r.origin() + " " + r.status() + " " + r.recent() + "/" + r.total() + " " + r.title();
    }

    @Test
    void portalRulesAndRulesSeenInAlertsAreOneListMostAlertsFirst() {
        List<PublishedRule> published = List.of(
                new PublishedRule("portal-1", "rule", "Portal rule", "high", "yaml", true, "analyst", AT),
                new PublishedRule("quiet", "rule", "Quiet rule", "low", "yaml", false, "analyst", AT),
                new PublishedRule("file-9", RuleService.EXTERNAL, "file-9", null, "", false, "admin", AT));
        Map<String, RuleAlertCounts.Count> counts = Map.of(
                "portal-1", new RuleAlertCounts.Count("portal-1", "Portal rule", 2, 7),
                "file-9", new RuleAlertCounts.Count("file-9", "Disabled file rule", 0, 3),
                "file-1", new RuleAlertCounts.Count("file-1", "SSH brute force", 4, 40));

        assertThat(RuleOverviewService.merge(published, counts)).extracting(RuleOverviewServiceTest::row).containsExactly(
                "file-1 PIPELINE FROM_FILES 4/40 SSH brute force",
                "portal-1 PORTAL ACTIVE 2/7 Portal rule",
                "file-9 PIPELINE DISABLED 0/3 Disabled file rule",
                "quiet PORTAL DISABLED 0/0 Quiet rule");
    }

    @Test
    void withoutCountsThePublishedRulesStayListedWithUnknownCounts() {
        List<PublishedRule> published = List.of(new PublishedRule("portal-1", "rule", "Portal rule", "high", "yaml", true, "a", AT));
        assertThat(RuleOverviewService.merge(published, null)).extracting(RuleOverviewServiceTest::row)
                .containsExactly("portal-1 PORTAL ACTIVE -1/-1 Portal rule");
    }
}
