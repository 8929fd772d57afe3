package vn.gov.moh.soc.portal.application.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.domain.model.drill.DrillId;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillPlay;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRun;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRunId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** A run's steps are played in order, each injection kept; a failed step stops the run with its reason. */
class DrillRunnerTest {
    private static final Instant T0 = Instant.parse("2026-12-01T03:00:00Z");

    /** What the runner kept, in order. */
    private final List<String> kept = new ArrayList<>();

    private DrillRunner runner(DrillInjector injector) {
        DrillRunner r = new DrillRunner();
        r.injector = injector;
        r.records = new DrillRunRecords() {
            @Override
            public DrillRun injected(DrillRunId id, int step, Instant at) {
                kept.add("injected " + id + " " + step + " " + at);
                return null;
            }

            @Override
            public DrillRun failed(DrillRunId id, String reason) {
                kept.add("failed " + id + ": " + reason);
                return null;
            }
        };
        return r;
    }

    private static DrillRun run() {
        return DrillRun.start(new DrillId(3), UnitId.of("bv-bach-mai"), "analyst", T0, Duration.ofMinutes(5),
                List.of(DrillPlay.SSH_BRUTE_FORCE, DrillPlay.SQL_INJECTION, DrillPlay.QUIET_EXFILTRATION))
                .withId(new DrillRunId(51));
    }

    @Test
    void everyStepIsInjectedInOrderWithTheRunsMark() {
        List<String> calls = new ArrayList<>();
        runner((mark, unit, step, play) -> {
            calls.add(mark + " " + unit + " " + step + " " + play.code());
            return T0.plusSeconds(step * 60L);
        }).play(run());
        assertThat(calls).containsExactly("drill-run-51 bv-bach-mai 1 ssh-brute-force", "drill-run-51 bv-bach-mai 2 sql-injection",
                "drill-run-51 bv-bach-mai 3 quiet-exfiltration");
        assertThat(kept).containsExactly("injected 51 1 2026-12-01T03:01:00Z", "injected 51 2 2026-12-01T03:02:00Z",
                "injected 51 3 2026-12-01T03:03:00Z");
    }

    @Test
    void aFailedStepStopsTheRunWithItsReason() {
        runner((mark, unit, step, play) -> {
            if (step == 2) {
                throw new DrillInjectionException("the agent exited with 2: inputs[0].format: bad");
            }
            return T0;
        }).play(run());
        assertThat(kept).containsExactly("injected 51 1 2026-12-01T03:00:00Z",
                "failed 51: step 2 (sql-injection): the agent exited with 2: inputs[0].format: bad");
    }
}
