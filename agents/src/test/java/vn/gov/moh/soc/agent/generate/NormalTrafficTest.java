package vn.gov.moh.soc.agent.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;

/** Normal traffic alone raises no alert: neither the platform's rules nor SigmaHQ's. */
class NormalTrafficTest {
    private static List<Detections.Hit> projectHits(GeneratedLines g) {
        return Detections.run(Detections.projectRules(), g.events());
    }

    @Test
    void aBusyMorningRaisesNoAlert() {
        GeneratedLines g = GeneratedLines.run(GeneratedLines.settings("2026-11-21T01:30:00Z", 50, 11),
                GenerationLimits.lines(6000));
        assertThat(Detections.titles(projectHits(g))).isEmpty();
    }

    @Test
    void aWholeDayRaisesNoAlertNotEvenAtNight() {
        // 6000 lines over about 28 hours: every hour of the day, night-time EHR use included.
        GeneratedLines g = GeneratedLines.run(GeneratedLines.settings("2026-11-21T10:00:00Z", 0.06, 12),
                GenerationLimits.span(Duration.ofHours(28)));
        assertThat(g.lines).hasSizeGreaterThan(5000);
        assertThat(Detections.titles(projectHits(g))).isEmpty();
    }

    @Test
    void highRatesDoNotAddUpToCorrelations() {
        // 500 lines a second for 11 minutes: each administrator and each clinician is busy enough that
        // random failures or random patients would cross the thresholds; the generator's guards keep them under.
        GeneratedLines g = GeneratedLines.run(GeneratedLines.settings("2026-11-21T02:00:00Z", 500, 13),
                GenerationLimits.span(Duration.ofMinutes(11)));
        List<Event> events = g.lines.stream()
                .filter(l -> l.stream() == TelemetryStream.AUTH || l.stream() == TelemetryStream.EHR)
                .map(g::parse).toList();
        assertThat(events).hasSizeGreaterThan(50_000);
        assertThat(events).filteredOn(e -> "failure".equals(e.get("event.outcome"))
                && "ssh_login".equals(e.get("event.action"))).isNotEmpty();
        assertThat(Detections.titles(Detections.run(Detections.projectRules(), events))).isEmpty();
    }

    @Test
    void sigmaHqRulesStaySilentOnNormalTraffic() {
        GeneratedLines day = GeneratedLines.run(GeneratedLines.settings("2026-11-21T02:00:00Z", 50, 14),
                GenerationLimits.lines(8000));
        GeneratedLines night = GeneratedLines.run(new TelemetryGenerator.Settings(
                List.of(UnitCatalog.unit("bv-cho-ray")), 50, 15, Instant.parse("2026-11-21T17:00:00Z"), List.of()),
                GenerationLimits.lines(4000));
        List<Detections.Hit> hits = new java.util.ArrayList<>(Detections.run(Detections.sigmaHqRules(), day.events()));
        hits.addAll(Detections.run(Detections.sigmaHqRules(), night.events()));
        // Every logoff matches SigmaHQ's informational "User Logoff Event", which describes activity
        // rather than suspicion and, as the Sigma rules specification asks, raises no alert.
        assertThat(hits).extracting(h -> h.title() + " [" + h.level() + "] <- " + h.event().fields()).isEmpty();
    }
}
