package vn.gov.moh.soc.portal.domain.model.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentDeadlinesTest {
    private static final Instant DETECTED = Instant.parse("2026-11-30T01:00:00Z");
    private static final ReportingRule TT20 = new ReportingRule("TT20-2017-NOTIFY", "Thông tư 20/2017/TT-BTTTT", "05 ngày",
            Duration.ofDays(5), true, List.of(new ReportRecipient("cơ quan điều phối quốc gia", "VNCERT/CC", false, null)));

    /** Every row 4 h / 3 d, except HIGH at level 4: 30 min / 2 d. */
    static ResponseDeadlineTable table() {
        List<ResponseDeadline> rows = new ArrayList<>();
        for (Severity s : Severity.values()) {
            for (int level = 0; level <= 5; level++) {
                rows.add(s == Severity.HIGH && level == 4 ? new ResponseDeadline(s, level, Duration.ofMinutes(30), Duration.ofDays(2))
                        : new ResponseDeadline(s, level, Duration.ofHours(4), Duration.ofDays(3)));
            }
        }
        return new ResponseDeadlineTable(rows);
    }

    private static Incident incidentAtLevel(int level) {
        return Incident.open(new IncidentReference(2026, 3), "x", null, Severity.HIGH, IncidentPriority.P1,
                List.of(Alerts.alert("a", DETECTED.toString(), "high", "P1", "bv-bach-mai", "system-4", level, "192.0.2.1", "u", "h")),
                "analyst", DETECTED.plusSeconds(300));
    }

    @Test
    void theRowOfTheSeverityAndTheHighestLevelCountsFromDetection() {
        Incident i = incidentAtLevel(4);
        IncidentDeadlines d = IncidentDeadlines.of(i, table(), List.of(TT20), DETECTED.plusSeconds(600));
        assertThat(d.respond().due()).isEqualTo(DETECTED.plus(Duration.ofMinutes(30)));
        assertThat(d.respond().remaining()).contains(Duration.ofMinutes(20));
        assertThat(d.resolve().due()).isEqualTo(DETECTED.plus(Duration.ofDays(2)));
        assertThat(d.reports()).singleElement().satisfies(r -> assertThat(r.deadline().due()).isEqualTo(Instant.parse("2026-12-05T01:00:00Z")));
        assertThat(d.overdue()).isFalse();
        assertThat(d.next()).get().extracting(IncidentDeadlines.Deadline::due).isEqualTo(DETECTED.plus(Duration.ofMinutes(30)));
        assertThat(IncidentDeadlines.of(incidentAtLevel(3), table(), List.of(), DETECTED).respond().due())
                .isEqualTo(DETECTED.plus(Duration.ofHours(4)));
    }

    @Test
    void aMissedResponseIsOverdueUntilMetAndStaysOverdueWhenMetLate() {
        Incident i = incidentAtLevel(4);
        Instant late = DETECTED.plus(Duration.ofMinutes(45));
        IncidentDeadlines d = IncidentDeadlines.of(i, table(), List.of(), late);
        assertThat(d.respond().overdue()).isTrue();
        assertThat(d.respond().remaining()).contains(Duration.ofMinutes(-15));
        assertThat(d.overdue()).isTrue();
        i.moveTo(IncidentStatus.IN_PROGRESS, "analyst", late);
        IncidentDeadlines after = IncidentDeadlines.of(i, table(), List.of(), late.plusSeconds(60));
        assertThat(after.respond().remaining()).isEmpty();
        assertThat(after.respond().overdue()).as("met, but late").isTrue();
        Incident onTime = incidentAtLevel(4);
        onTime.moveTo(IncidentStatus.CONTAINMENT, "analyst", DETECTED.plus(Duration.ofMinutes(10)));
        assertThat(IncidentDeadlines.of(onTime, table(), List.of(), late).respond().overdue()).isFalse();
    }

    @Test
    void anIncidentClosedAsNoIncidentOwesNoReport() {
        Incident i = incidentAtLevel(3);
        i.close(Resolution.FALSE_POSITIVE, "scan by the IT department", "analyst", DETECTED.plusSeconds(900));
        IncidentDeadlines d = IncidentDeadlines.of(i, table(), List.of(TT20), DETECTED.plus(Duration.ofDays(10)));
        assertThat(d.reports()).isEmpty();
        assertThat(d.overdue()).isFalse();
    }

    @Test
    void aReportSixDaysAfterDetectionIsLate() {
        Incident i = incidentAtLevel(3);
        i.recordReport(DETECTED.plus(Duration.ofDays(6)), "by e-mail", "analyst", DETECTED.plus(Duration.ofDays(6)));
        assertThat(IncidentDeadlines.of(i, table(), List.of(TT20), DETECTED.plus(Duration.ofDays(7))).reports().get(0).deadline().overdue())
                .isTrue();
    }

    @Test
    void aTableWithAHoleOrAResolveShorterThanTheResponseIsRefused() {
        List<ResponseDeadline> rows = new ArrayList<>(table().rows());
        rows.remove(0);
        assertThatThrownBy(() -> new ResponseDeadlineTable(rows)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LOW at level 0");
        assertThatThrownBy(() -> new ResponseDeadline(Severity.LOW, 1, Duration.ofHours(5), Duration.ofHours(4)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResponseDeadline(Severity.LOW, 6, Duration.ofHours(1), Duration.ofHours(4)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
