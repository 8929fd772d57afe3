package vn.gov.moh.soc.portal.domain.model.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.moh.soc.portal.domain.model.incident.IncidentStatus.CLOSED;
import static vn.gov.moh.soc.portal.domain.model.incident.IncidentStatus.CONTAINMENT;
import static vn.gov.moh.soc.portal.domain.model.incident.IncidentStatus.ERADICATION;
import static vn.gov.moh.soc.portal.domain.model.incident.IncidentStatus.IN_PROGRESS;
import static vn.gov.moh.soc.portal.domain.model.incident.IncidentStatus.NEW;
import static vn.gov.moh.soc.portal.domain.model.incident.IncidentStatus.POST_INCIDENT_REVIEW;
import static vn.gov.moh.soc.portal.domain.model.incident.IncidentStatus.RECOVERY;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

class IncidentTest {
    private static final Instant T0 = Instant.parse("2026-11-30T03:00:00Z");
    private static final IncidentReference REF = new IncidentReference(2026, 1);

    private static Incident fresh() {
        return Incident.open(REF, "SSH brute force on HIS", null, Severity.HIGH, IncidentPriority.P2,
                List.of(Alerts.bachMai("a-1", "2026-11-30T01:00:00Z")), "analyst", T0);
    }

    /** An incident in {@code status}, reached forward from NEW. */
    private static Incident in(IncidentStatus status) {
        Incident i = fresh();
        if (status != NEW) {
            i.moveTo(status, "analyst", T0.plusSeconds(60));
        }
        return i;
    }

    @Test
    void aDrillsIncidentHoldsTheAlertsOfOneRunOnlyAndSaysSo() {
        assertThat(fresh().drill()).isEmpty();
        Incident drill = Incident.open(REF, "Drill: SSH brute force", null, Severity.HIGH, IncidentPriority.P2,
                List.of(Alerts.drill(Alerts.bachMai("d-1", "2026-11-30T01:00:00Z"), "drill-run-7")), "analyst", T0);
        assertThat(drill.drill()).contains("drill-run-7");
        assertThat(drill.alerts().get(0).drill()).isEqualTo("drill-run-7");
        drill.linkAlerts(List.of(Alerts.drill(Alerts.bachMai("d-2", "2026-11-30T01:01:00Z"), "drill-run-7")), "analyst", T0);
        assertThatThrownBy(() -> drill.linkAlerts(List.of(Alerts.bachMai("a-9", "2026-11-30T01:00:00Z")), "analyst", T0))
                .hasMessageContaining("not both").hasMessageContaining("real").hasMessageContaining("drill drill-run-7");
        assertThatThrownBy(() -> fresh().linkAlerts(
                List.of(Alerts.drill(Alerts.bachMai("d-3", "2026-11-30T01:00:00Z"), "drill-run-8")), "analyst", T0))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> Incident.open(REF, "t", null, Severity.HIGH, IncidentPriority.P2, List.of(
                Alerts.drill(Alerts.bachMai("d-1", "2026-11-30T01:00:00Z"), "drill-run-7"),
                Alerts.drill(Alerts.bachMai("d-2", "2026-11-30T01:00:00Z"), "drill-run-8")), "analyst", T0))
                .hasMessageContaining("drill drill-run-8");
        assertThat(drill.alerts()).hasSize(2);
    }

    @Test
    void escalationTakesUnitsSystemsLevelObservablesAndTheEarliestAlertAsDetection() {
        Incident i = fresh();
        assertThat(i.units()).containsExactly(UnitId.of("bv-bach-mai"));
        assertThat(i.systems()).containsExactly(new AffectedSystem("system-4", "HIS system-4"));
        assertThat(i.systemLevel()).isEqualTo(3);
        assertThat(i.detectedAt()).isEqualTo(Instant.parse("2026-11-30T01:00:00Z"));
        assertThat(i.observables()).extracting(Observable::type, Observable::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ObservableType.IP, "203.0.113.9"),
                org.assertj.core.groups.Tuple.tuple(ObservableType.IP, "10.1.0.5"),
                org.assertj.core.groups.Tuple.tuple(ObservableType.USER, "root"),
                org.assertj.core.groups.Tuple.tuple(ObservableType.HOST, "his-web-1"));
        assertThat(i.timeline()).extracting(TimelineEntry::kind).containsExactly(TimelineEntry.Kind.CREATED, TimelineEntry.Kind.ALERTS_LINKED);
        assertThat(i.alerts()).singleElement().satisfies(a -> {
            assertThat(a.linkedBy()).isEqualTo("analyst");
            assertThat(a.ruleLevel()).isEqualTo("high");
        });
    }

    @Test
    void linkingMoreAlertsAddsTheirUnitsAndRaisesTheLevelButRefusesOneLinkedAlready() {
        Incident i = fresh();
        i.linkAlerts(List.of(Alerts.alert("a-2", "2026-11-29T23:00:00Z", "critical", "P1", "bv-xanh-pon", "system-9", 4,
                "198.51.100.7", "-", "pacs-1")), "analyst", T0.plusSeconds(5));
        assertThat(i.units()).containsExactlyInAnyOrder(UnitId.of("bv-bach-mai"), UnitId.of("bv-xanh-pon"));
        assertThat(i.systemLevel()).isEqualTo(4);
        assertThat(i.detectedAt()).as("an earlier alert moves detection back").isEqualTo(Instant.parse("2026-11-29T23:00:00Z"));
        assertThat(i.observables()).extracting(Observable::value).contains("198.51.100.7", "pacs-1").doesNotContain("-");
        assertThatThrownBy(() -> i.linkAlerts(List.of(Alerts.bachMai("a-1", "2026-11-30T01:00:00Z")), "analyst", T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a-1").hasMessageContaining("INC-2026-0001");
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "NEW, IN_PROGRESS, allowed",
        "NEW, CONTAINMENT, allowed",
        "NEW, POST_INCIDENT_REVIEW, allowed",
        "IN_PROGRESS, RECOVERY, allowed",
        "ERADICATION, CONTAINMENT, allowed",
        "RECOVERY, CONTAINMENT, allowed",
        "POST_INCIDENT_REVIEW, CONTAINMENT, allowed",
        "RECOVERY, ERADICATION, refused",
        "CONTAINMENT, IN_PROGRESS, refused",
        "IN_PROGRESS, NEW, refused",
        "CONTAINMENT, CONTAINMENT, refused",
        "IN_PROGRESS, CLOSED, refused",
    })
    void phasesGoForwardOrBackToContainmentOnly(IncidentStatus from, IncidentStatus to, String outcome) {
        Incident i = in(from);
        if (outcome.equals("allowed")) {
            i.moveTo(to, "analyst", T0.plusSeconds(120));
            assertThat(i.status()).isEqualTo(to);
            assertThat(i.timeline().get(i.timeline().size() - 1).what()).isEqualTo("status " + from + " → " + to);
        } else {
            int entries = i.timeline().size();
            assertThatThrownBy(() -> i.moveTo(to, "analyst", T0.plusSeconds(120))).isInstanceOf(IncidentStateException.class);
            assertThat(i.status()).isEqualTo(from);
            assertThat(i.timeline()).hasSize(entries);
        }
    }

    @Test
    void leavingNewIsTheResponseAndItIsRecordedOnce() {
        Incident i = fresh();
        assertThat(i.respondedAt()).isNull();
        i.moveTo(IN_PROGRESS, "analyst", T0.plusSeconds(600));
        i.moveTo(CONTAINMENT, "analyst", T0.plusSeconds(900));
        assertThat(i.respondedAt()).isEqualTo(T0.plusSeconds(600));
    }

    @Test
    void aTruePositiveIsClosedFromTheReviewOnlyAndFalsePositivesFromAnywhere() {
        Incident early = in(ERADICATION);
        assertThatThrownBy(() -> early.close(Resolution.TRUE_POSITIVE_RESOLVED, "attacker removed, passwords reset", "analyst", T0))
                .isInstanceOf(IncidentStateException.class).hasMessageContaining("POST_INCIDENT_REVIEW");
        Incident reviewed = in(POST_INCIDENT_REVIEW);
        reviewed.close(Resolution.TRUE_POSITIVE_RESOLVED, "attacker removed, passwords reset", "analyst", T0.plusSeconds(3600));
        assertThat(reviewed.status()).isEqualTo(CLOSED);
        assertThat(reviewed.resolvedAt()).isEqualTo(T0.plusSeconds(3600));
        Incident noise = fresh();
        noise.close(Resolution.FALSE_POSITIVE, "the vulnerability scan of the IT department", "analyst", T0.plusSeconds(60));
        assertThat(noise.resolution()).isEqualTo(Resolution.FALSE_POSITIVE);
        assertThat(noise.respondedAt()).as("closing from NEW is a response").isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void closingNeedsANoteAndAClosedIncidentTakesOnlyCommentsAndReopening() {
        Incident i = fresh();
        assertThatThrownBy(() -> i.close(Resolution.DUPLICATE, "dup", "analyst", T0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10 characters");
        i.close(Resolution.DUPLICATE, "same attack as INC-2026-0007", "analyst", T0.plusSeconds(10));
        assertThatThrownBy(() -> i.moveTo(CONTAINMENT, "analyst", T0)).isInstanceOf(IncidentStateException.class).hasMessageContaining("reopen");
        assertThatThrownBy(() -> i.assign("an", "analyst", T0)).isInstanceOf(IncidentStateException.class);
        assertThatThrownBy(() -> i.addObservable(Observable.of(ObservableType.IP, "192.0.2.1"), "analyst", T0))
                .isInstanceOf(IncidentStateException.class);
        assertThatThrownBy(() -> i.close(Resolution.BENIGN, "closing it twice here", "analyst", T0)).isInstanceOf(IncidentStateException.class);
        i.comment("The hospital confirms the duplicate.", "officer.bachmai", T0.plusSeconds(20));
        assertThat(i.comments()).singleElement().extracting(Comment::by).isEqualTo("officer.bachmai");
    }

    @Test
    void reopeningNeedsAReasonGoesToInProgressAndClearsTheResolution() {
        Incident i = fresh();
        assertThatThrownBy(() -> i.reopen("it came back again", "analyst", T0)).isInstanceOf(IncidentStateException.class)
                .hasMessageContaining("only a closed incident");
        i.close(Resolution.FALSE_POSITIVE, "scan by the IT department", "analyst", T0.plusSeconds(10));
        assertThatThrownBy(() -> i.reopen("why", "analyst", T0)).isInstanceOf(IllegalArgumentException.class);
        i.reopen("the same source attacked again at night", "analyst", T0.plusSeconds(20));
        assertThat(i.status()).isEqualTo(IN_PROGRESS);
        assertThat(i.resolution()).isNull();
        assertThat(i.resolvedAt()).isNull();
        assertThat(i.reopenCount()).isEqualTo(1);
        assertThat(i.timeline().get(i.timeline().size() - 1).kind()).isEqualTo(TimelineEntry.Kind.REOPENED);
    }

    @Test
    void everyChangeIsATimelineEntryWithWhoAndWhenAndNoChangeIsNone() {
        Incident i = fresh();
        int before = i.timeline().size();
        i.assign("nguyen.an", "admin", T0.plusSeconds(1));
        i.assign("nguyen.an", "admin", T0.plusSeconds(2));
        i.editDetails("SSH brute force on HIS", null, Severity.CRITICAL, IncidentPriority.P1, "analyst", T0.plusSeconds(3));
        IncidentTask t = i.addTask("Block 203.0.113.9 at the firewall", "network team", T0.plusSeconds(3600), "analyst", T0.plusSeconds(4));
        i.updateTask(t.number(), t.title(), t.assignee(), true, t.due(), "analyst", T0.plusSeconds(5));
        i.setAffected(Set.of(UnitId.of("bv-bach-mai")), List.of(new AffectedSystem("system-4", "HIS")), "analyst", T0.plusSeconds(6));
        List<TimelineEntry> added = i.timeline().subList(before, i.timeline().size());
        assertThat(added).extracting(TimelineEntry::kind).containsExactly(TimelineEntry.Kind.ASSIGNED, TimelineEntry.Kind.DETAILS,
                TimelineEntry.Kind.TASK, TimelineEntry.Kind.TASK, TimelineEntry.Kind.AFFECTED);
        assertThat(added.get(1).what()).contains("severity HIGH → CRITICAL").contains("priority P2 → P1");
        assertThat(added.get(0).by()).isEqualTo("admin");
        assertThat(added.get(0).at()).isEqualTo(T0.plusSeconds(1));
        assertThat(i.tasks()).singleElement().satisfies(x -> assertThat(x.done()).isTrue());
        assertThat(i.modifiedAt()).isEqualTo(T0.plusSeconds(6));
    }

    @Test
    void anObservableListedAlreadyIsRefusedAndOneRemovedMustExist() {
        Incident i = fresh();
        assertThatThrownBy(() -> i.addObservable(new Observable(ObservableType.IP, "203.0.113.9", "again"), "analyst", T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listed already");
        i.removeObservable(ObservableType.HOST, "HIS-WEB-1", "analyst", T0);
        assertThat(i.observables()).extracting(Observable::value).doesNotContain("his-web-1");
        assertThatThrownBy(() -> i.removeObservable(ObservableType.HOST, "his-web-1", "analyst", T0))
                .isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void theReportToTheCoordinatorIsRecordedOnceAndNotInTheFuture() {
        Incident i = fresh();
        assertThatThrownBy(() -> i.recordReport(T0.plusSeconds(60), "VNCERT/CC by e-mail", "analyst", T0))
                .isInstanceOf(IllegalArgumentException.class);
        i.recordReport(T0, "VNCERT/CC by e-mail", "analyst", T0);
        assertThat(i.reportedAt()).isEqualTo(T0);
        assertThatThrownBy(() -> i.recordReport(T0, "again", "analyst", T0)).isInstanceOf(IncidentStateException.class);
    }

    @Test
    void referencesArePrintedAndParsedWithFourDigits() {
        assertThat(new IncidentReference(2026, 1)).hasToString("INC-2026-0001");
        assertThat(new IncidentReference(2026, 12345)).hasToString("INC-2026-12345");
        assertThat(IncidentReference.parse("INC-2026-0042")).isEqualTo(new IncidentReference(2026, 42));
        assertThatThrownBy(() -> IncidentReference.parse("INC-26-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IncidentReference(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
