package vn.gov.moh.soc.portal.application.drill;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.AccessPolicy;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.DrillService;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.NotFoundException;
import vn.gov.moh.soc.portal.domain.model.drill.Drill;
import vn.gov.moh.soc.portal.domain.model.drill.DrillId;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillMeasurement;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillPlay;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRun;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRunId;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRunRepository;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitRepository;

/**
 * Runs of a drill on the real pipeline: started for one of its participating units by whoever
 * {@link AccessPolicy#canRunDrill may}, read by whoever may read the drill, measured when read
 * from the alerts carrying the run's mark.
 */
@ApplicationScoped
public class DrillRunService {
    /** Alerts read per run: far above what a run's few steps raise. */
    static final int MAX_ALERTS = 1000;

    @Inject
    DrillService drills;
    @Inject
    UnitRepository units;
    @Inject
    DrillRunRepository runs;
    @Inject
    DrillRunRecords records;
    @Inject
    DrillRunner runner;
    @Inject
    DrillAlerts alerts;
    @Inject
    DrillInjectionCheck injection;

    /** A run with its measurement as of the reading. */
    public record Measured(DrillRun run, DrillMeasurement measurement) {
    }

    /**
     * Starts a run: checks who asks and what, stores it, then plays its steps through the agent.
     *
     * @throws InvalidFieldException {@code unit} not a participant, {@code steps} empty or unknown,
     *     {@code detectionWaitSeconds} out of range, {@code agent} the portal cannot inject
     */
    public DrillRun start(Caller caller, DrillId id, UnitId unit, List<String> steps, long detectionWaitSeconds) {
        Drill drill = drills.read(caller, id);
        if (!drill.participants().contains(unit)) {
            throw new InvalidFieldException("unit", "unit " + unit + " does not take part in drill " + id);
        }
        if (!AccessPolicy.canRunDrill(caller, unit, units.hierarchy())) {
            throw new AccessDeniedException(caller.name() + " may not run drills for " + unit);
        }
        if (steps == null || steps.isEmpty() || steps.size() > 20) {
            throw new InvalidFieldException("steps", "a run plays 1 to 20 steps");
        }
        List<DrillPlay> plays = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            String code = steps.get(i);
            int index = i;
            plays.add(field("steps[" + index + "]", () -> DrillPlay.of(code)));
        }
        DrillRun run = field("detectionWaitSeconds", () -> DrillRun.start(id, unit, caller.name(), Instant.now(),
                Duration.ofSeconds(detectionWaitSeconds), plays));
        field("agent", () -> {
            injection.check();
            return null;
        });
        DrillRun saved = records.create(run);
        runner.submit(saved);
        return saved;
    }

    public List<Measured> list(Caller caller, DrillId id) {
        drills.read(caller, id);
        Instant now = Instant.now();
        return runs.ofDrill(id).stream().map(r -> measured(r, now)).toList();
    }

    public Measured read(Caller caller, DrillId id, DrillRunId runId) {
        drills.read(caller, id);
        DrillRun run = runs.find(runId).filter(r -> r.drill().equals(id))
                .orElseThrow(() -> new NotFoundException("no run " + runId + " of drill " + id));
        return measured(run, Instant.now());
    }

    private Measured measured(DrillRun run, Instant now) {
        return new Measured(run, DrillMeasurement.of(run, alerts.marked(run.mark(), MAX_ALERTS), now));
    }

    private static <T> T field(String name, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException | DrillInjectionException e) {
            throw new InvalidFieldException(name, e.getMessage());
        }
    }
}
