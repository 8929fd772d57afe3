package vn.gov.moh.soc.portal.application.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.DrillService;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.domain.model.drill.Drill;
import vn.gov.moh.soc.portal.domain.model.drill.DrillId;
import vn.gov.moh.soc.portal.domain.model.drill.DrillScope;
import vn.gov.moh.soc.portal.domain.model.drill.Scenario;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRun;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRunId;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitKind;

/** Starting a run: who, which unit, which steps, and an agent to ship them; a refused start stores nothing. */
class DrillRunServiceTest {
    private static final UnitId MOH = UnitId.of("byt");
    private static final UnitId BACH_MAI = UnitId.of("bv-bach-mai");
    private static final UnitId XANH_PON = UnitId.of("bv-xanh-pon");
    private static final Caller ANALYST = new Caller("analyst", Set.of(Caller.ANALYST), UnitId.of("byt-cntt"));

    private final List<DrillRun> stored = new ArrayList<>();
    private final List<DrillRun> submitted = new ArrayList<>();
    private String agentProblem;

    private DrillRunService service() {
        DrillRunService s = new DrillRunService();
        s.drills = new DrillService() {
            @Override
            public Drill read(Caller caller, DrillId id) {
                return new Drill(id, 2026, BACH_MAI, DrillScope.UNIT, "Diễn tập", List.of(new Scenario("SSH", null)),
                        Set.of(BACH_MAI), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), null);
            }
        };
        s.units = () -> List.of(new Unit(MOH, "Bộ Y tế", UnitKind.MINISTRY, null),
                new Unit(BACH_MAI, "Bạch Mai", UnitKind.CENTRAL_HOSPITAL, MOH),
                new Unit(XANH_PON, "Xanh Pôn", UnitKind.PROVINCIAL_HOSPITAL, MOH));
        s.records = new DrillRunRecords() {
            @Override
            public DrillRun create(DrillRun run) {
                DrillRun saved = run.withId(new DrillRunId(51));
                stored.add(saved);
                return saved;
            }
        };
        s.runner = new DrillRunner() {
            @Override
            public void submit(DrillRun run) {
                submitted.add(run);
            }
        };
        s.injection = () -> {
            if (agentProblem != null) {
                throw new DrillInjectionException(agentProblem);
            }
        };
        return s;
    }

    @Test
    void anAnalystStartsARunOfTheStepsInOrderAndItIsPlayedOnceStored() {
        DrillRun run = service().start(ANALYST, new DrillId(3), BACH_MAI, List.of("ssh-brute-force", "quiet-exfiltration"), 120);
        assertThat(run.mark()).isEqualTo("drill-run-51");
        assertThat(run.steps()).extracting(s -> s.play()).containsExactly("ssh-brute-force", "quiet-exfiltration");
        assertThat(run.steps().get(0).expectedRules()).containsExactly("3f0a1c52-6a7e-4c1b-9a54-2f7d1e0b8c03");
        assertThat(run.detectionWait().toSeconds()).isEqualTo(120);
        assertThat(stored).hasSize(1);
        assertThat(submitted).containsExactly(run);
    }

    @Test
    void badRequestsNameTheirFieldAndStoreNothing() {
        assertField(() -> service().start(ANALYST, new DrillId(3), XANH_PON, List.of("ssh-brute-force"), 120), "unit");
        assertField(() -> service().start(ANALYST, new DrillId(3), BACH_MAI, List.of(), 120), "steps");
        assertField(() -> service().start(ANALYST, new DrillId(3), BACH_MAI, List.of("ssh-brute-force", "phishing"), 120),
                "steps[1]");
        assertField(() -> service().start(ANALYST, new DrillId(3), BACH_MAI, List.of("ssh-brute-force"), 5),
                "detectionWaitSeconds");
        agentProblem = "portal.drills.agent-jar is not set";
        assertThatThrownBy(() -> service().start(ANALYST, new DrillId(3), BACH_MAI, List.of("ssh-brute-force"), 120))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("portal.drills.agent-jar is not set");
        assertThat(stored).isEmpty();
        assertThat(submitted).isEmpty();
    }

    @Test
    void anOfficerOfAnotherUnitMayNotStartOne() {
        Caller other = new Caller("officer.xanhpon", Set.of(Caller.OFFICER), XANH_PON);
        assertThatThrownBy(() -> service().start(other, new DrillId(3), BACH_MAI, List.of("ssh-brute-force"), 120))
                .isInstanceOf(AccessDeniedException.class);
        Caller own = new Caller("officer.bachmai", Set.of(Caller.OFFICER), BACH_MAI);
        assertThat(service().start(own, new DrillId(3), BACH_MAI, List.of("sql-injection"), 120).startedBy())
                .isEqualTo("officer.bachmai");
    }

    private void assertField(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
