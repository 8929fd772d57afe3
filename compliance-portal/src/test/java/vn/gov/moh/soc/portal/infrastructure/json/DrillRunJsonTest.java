package vn.gov.moh.soc.portal.infrastructure.json;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.domain.model.drill.DrillId;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillMeasurement;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillPlay;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRun;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRunId;
import vn.gov.moh.soc.portal.domain.model.drill.run.ObservedAlert;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** A run's steps survive storage; the API's answer carries the measured times and the missed steps. */
class DrillRunJsonTest {
    private static final Instant T0 = Instant.parse("2026-12-01T03:00:00Z");

    @Test
    void stepsRoundTripAndTheAnswerListsTimesAndMissedSteps() {
        DrillRun run = DrillRun.start(new DrillId(3), UnitId.of("bv-bach-mai"), "analyst", T0, Duration.ofMinutes(2),
                List.of(DrillPlay.SSH_BRUTE_FORCE, DrillPlay.QUIET_EXFILTRATION)).withId(new DrillRunId(51))
                .injected(1, T0).injected(2, T0.plusSeconds(90));
        assertThat(DrillRunJson.readSteps(GovernanceJson.parseArray(DrillRunJson.steps(run.steps()).toString())))
                .isEqualTo(run.steps());

        DrillMeasurement m = DrillMeasurement.of(run, List.of(new ObservedAlert("a1", "3f0a1c52-6a7e-4c1b-9a54-2f7d1e0b8c03",
                "SSH Brute Force From One Source", T0.plusMillis(12_500), T0.plusSeconds(60), null)), T0.plusSeconds(600));
        JsonObject o = DrillRunJson.run(run, m);
        assertThat(o.getString("mark")).isEqualTo("drill-run-51");
        assertThat(o.getJsonArray("steps").getJsonObject(0).getString("outcome")).isEqualTo("DETECTED");
        assertThat(o.getJsonArray("steps").getJsonObject(0).getJsonNumber("timeToDetectSeconds").doubleValue()).isEqualTo(12.5);
        assertThat(o.getJsonArray("steps").getJsonObject(0).getJsonNumber("timeToAcknowledgeSeconds").doubleValue())
                .isEqualTo(47.5);
        assertThat(o.getJsonArray("steps").getJsonObject(0).isNull("timeToCloseSeconds")).isTrue();
        assertThat(o.getJsonArray("steps").getJsonObject(1).getString("outcome")).isEqualTo("MISSED");
        assertThat(o.getJsonArray("missed").toString()).isEqualTo("[2]");
        assertThat(o.getInt("detected")).isEqualTo(1);
        assertThat(o.getBoolean("complete")).isTrue();
    }
}
