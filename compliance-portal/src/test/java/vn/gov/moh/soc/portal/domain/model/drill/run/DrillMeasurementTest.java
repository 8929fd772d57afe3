package vn.gov.moh.soc.portal.domain.model.drill.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.domain.model.drill.DrillId;
import vn.gov.moh.soc.portal.domain.model.drill.run.StepResult.Outcome;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** Time to detect and to respond per step, missed and late steps, from a run and its marked alerts. */
class DrillMeasurementTest {
    private static final Instant T0 = Instant.parse("2026-12-01T03:00:00Z");
    private static final String BRUTE = "3f0a1c52-6a7e-4c1b-9a54-2f7d1e0b8c03";
    private static final String SQLI = "SQL Injection On A Hospital Portal";

    private static DrillRun run(Duration wait) {
        return new DrillRun(new DrillRunId(7), new DrillId(3), UnitId.of("bv-bach-mai"), "analyst", T0, wait, List.of(
                new DrillStep(1, "SSH brute force", "ssh-brute-force", Set.of(BRUTE), null),
                new DrillStep(2, "SQL injection", "sql-injection", Set.of(SQLI), null),
                new DrillStep(3, "Quiet export", "quiet-exfiltration", Set.of(), null)));
    }

    private static DrillRun injected(Duration wait) {
        return run(wait).injected(1, T0).injected(2, T0.plusSeconds(60)).injected(3, T0.plusSeconds(120));
    }

    private static ObservedAlert alert(String id, String ruleId, String ruleName, int second, Integer ack, Integer close) {
        return new ObservedAlert(id, ruleId, ruleName, T0.plusSeconds(second), ack == null ? null : T0.plusSeconds(ack),
                close == null ? null : T0.plusSeconds(close));
    }

    @Test
    void eachStepGetsItsFirstExpectedAlertAndTheTimesFromInjectionAndTriage() {
        List<ObservedAlert> alerts = List.of(
                alert("a2", BRUTE, "SSH Brute Force From One Source", 40, null, null), // a second burst, later
                alert("a1", BRUTE, "SSH Brute Force From One Source", 12, 100, 300),
                alert("b1", "other-id", SQLI, 65, 90, null), // matched by title
                alert("c1", "unrelated", "Suspicious Linux Authentication Failure", 121, null, null));
        DrillMeasurement m = DrillMeasurement.of(injected(Duration.ofMinutes(5)), alerts, T0.plusSeconds(3600));

        StepResult ssh = m.steps().get(0);
        assertThat(ssh.outcome()).isEqualTo(Outcome.DETECTED);
        assertThat(ssh.alert().id()).isEqualTo("a1");
        assertThat(ssh.timeToDetect()).isEqualTo(Duration.ofSeconds(12));
        assertThat(ssh.timeToAcknowledge()).isEqualTo(Duration.ofSeconds(88));
        assertThat(ssh.timeToClose()).isEqualTo(Duration.ofSeconds(288));
        StepResult sql = m.steps().get(1);
        assertThat(sql.outcome()).isEqualTo(Outcome.DETECTED);
        assertThat(sql.timeToDetect()).isEqualTo(Duration.ofSeconds(5));
        assertThat(sql.timeToAcknowledge()).isEqualTo(Duration.ofSeconds(25));
        assertThat(sql.timeToClose()).as("not closed yet").isNull();
        StepResult quiet = m.steps().get(2);
        assertThat(quiet.outcome()).as("no rule expected, none fired within the wait").isEqualTo(Outcome.MISSED);
        assertThat(quiet.alert()).isNull();

        assertThat(m.missed()).extracting(r -> r.step().name()).containsExactly("Quiet export");
        assertThat(m.detected()).isEqualTo(2);
        assertThat(m.complete()).isTrue();
        assertThat(m.medianTimeToDetect()).contains(Duration.ofSeconds(5));
        assertThat(m.medianTimeToClose()).contains(Duration.ofSeconds(288));
    }

    @Test
    void aStepIsWaitingUntilItsWaitPassesThenMissed() {
        DrillRun run = injected(Duration.ofMinutes(5));
        DrillMeasurement during = DrillMeasurement.of(run, List.of(), T0.plusSeconds(299));
        assertThat(during.steps()).extracting(StepResult::outcome).containsExactly(Outcome.WAITING, Outcome.WAITING,
                Outcome.WAITING);
        assertThat(during.missed()).isEmpty();
        assertThat(during.complete()).isFalse();
        DrillMeasurement after = DrillMeasurement.of(run, List.of(), T0.plusSeconds(301));
        assertThat(after.steps()).extracting(StepResult::outcome).containsExactly(Outcome.MISSED, Outcome.WAITING,
                Outcome.WAITING);
        assertThat(after.medianTimeToDetect()).isEmpty();
    }

    @Test
    void anAlertAfterTheWaitIsLateAndListedAsMissedWithItsTime() {
        DrillMeasurement m = DrillMeasurement.of(injected(Duration.ofSeconds(30)),
                List.of(alert("a1", BRUTE, "x", 45, null, null)), T0.plusSeconds(3600));
        assertThat(m.steps().get(0).outcome()).isEqualTo(Outcome.LATE);
        assertThat(m.steps().get(0).timeToDetect()).isEqualTo(Duration.ofSeconds(45));
        assertThat(m.missed()).extracting(r -> r.step().number()).containsExactly(1, 2, 3);
    }

    @Test
    void anAlertBeforeTheInjectionOrOfAnotherRuleDetectsNothing() {
        DrillMeasurement m = DrillMeasurement.of(injected(Duration.ofMinutes(5)), List.of(
                alert("early", BRUTE, "x", -1, null, null),
                alert("sql-before-step-2", "id", SQLI, 30, null, null)), T0.plusSeconds(3600));
        assertThat(m.steps()).extracting(StepResult::outcome).containsExactly(Outcome.MISSED, Outcome.MISSED,
                Outcome.MISSED);
    }

    @Test
    void twoStepsExpectingOneRuleTakeOneAlertEach() {
        DrillRun run = new DrillRun(new DrillRunId(1), new DrillId(3), UnitId.of("bv-bach-mai"), "analyst", T0,
                Duration.ofMinutes(5), List.of(
                        new DrillStep(1, "first burst", "ssh-brute-force", Set.of(BRUTE), null),
                        new DrillStep(2, "second burst", "ssh-brute-force", Set.of(BRUTE), null)))
                .injected(1, T0).injected(2, T0.plusSeconds(10));
        DrillMeasurement m = DrillMeasurement.of(run, List.of(alert("a1", BRUTE, "x", 8, null, null),
                alert("a2", BRUTE, "x", 20, null, null)), T0.plusSeconds(3600));
        assertThat(m.steps()).extracting(r -> r.alert().id()).containsExactly("a1", "a2");
        assertThat(m.steps().get(1).timeToDetect()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void triageStampedBeforeTheAlertCountsAsZeroAndStepsNotInjectedAreNotMeasured() {
        DrillRun run = run(Duration.ofMinutes(5)).injected(1, T0);
        DrillMeasurement m = DrillMeasurement.of(run, List.of(alert("a1", BRUTE, "x", 12, 11, 11)), T0.plusSeconds(3600));
        assertThat(m.steps().get(0).timeToAcknowledge()).isEqualTo(Duration.ZERO);
        assertThat(m.steps().subList(1, 3)).extracting(StepResult::outcome).containsOnly(Outcome.NOT_INJECTED);
        assertThat(m.complete()).isFalse();
    }

    @Test
    void aRunIsCheckedAndCarriesItsMarkOnceSaved() {
        assertThat(run(Duration.ofMinutes(5)).mark()).isEqualTo("drill-run-7");
        assertThatThrownBy(() -> run(Duration.ofMinutes(5)).withId(null).mark()).hasMessageContaining("once saved");
        assertThatThrownBy(() -> run(Duration.ofSeconds(5))).hasMessageContaining("10 s to 24 h");
        assertThatThrownBy(() -> run(Duration.ofMinutes(5)).injected(1, T0).injected(1, T0))
                .hasMessageContaining("injected already");
        assertThatThrownBy(() -> run(Duration.ofMinutes(5)).injected(4, T0)).hasMessageContaining("no step 4");
        assertThatThrownBy(() -> new DrillRun(null, new DrillId(3), UnitId.of("bv-bach-mai"), "a", T0, Duration.ofMinutes(1),
                List.of(new DrillStep(2, "s", "p", Set.of(), null)))).hasMessageContaining("numbered 1 to 1");
        assertThatThrownBy(() -> new DrillRun(null, new DrillId(3), UnitId.of("bv-bach-mai"), "a", T0, Duration.ofMinutes(1),
                List.of())).hasMessageContaining("at least one step");
    }
}
