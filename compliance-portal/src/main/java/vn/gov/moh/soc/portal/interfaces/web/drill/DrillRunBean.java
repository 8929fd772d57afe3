package vn.gov.moh.soc.portal.interfaces.web.drill;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import vn.gov.moh.soc.portal.application.DrillService;
import vn.gov.moh.soc.portal.application.drill.DrillRunService;
import vn.gov.moh.soc.portal.domain.model.drill.Drill;
import vn.gov.moh.soc.portal.domain.model.drill.DrillId;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillMeasurement;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRun;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRunId;
import vn.gov.moh.soc.portal.domain.model.drill.run.StepResult;
import vn.gov.moh.soc.portal.infrastructure.search.SearchUnavailableException;
import vn.gov.moh.soc.portal.interfaces.web.FieldMessages;

/**
 * One run's page ({@code drill-run.xhtml?drill=..&run=..}): its steps with the injection time, the
 * alert that detected each and the measured times, the late and missed steps marked, the summary.
 * The page polls while the run plays: until every step is decided or the injection failed.
 */
@Named("drillRun")
@ViewScoped
public class DrillRunBean implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Where a run stands on the page. */
    public enum Progress {
        /** Steps are being injected or awaited. */
        RUNNING,
        /** Every step is detected, late or missed. */
        FINISHED,
        /** Injecting stopped: the steps after the failure were not injected. */
        FAILED
    }

    @Inject
    DrillRunService runs;
    @Inject
    DrillService drills;
    @Inject
    vn.gov.moh.soc.portal.interfaces.web.security.BrowserCaller me;

    private Long drill;
    private Long run;
    private transient Drill read;
    private transient DrillRunService.Measured measured;

    /** The view action, and the poll's: reads the run and measures it again. */
    public void load() {
        measured = null;
        if (drill == null || run == null || run <= 0) {
            FieldMessages.page("error.notFound", "drill " + drill + " run " + run);
            return;
        }
        try {
            read = drills.read(me.caller(), new DrillId(drill));
            measured = runs.read(me.caller(), read.id(), new DrillRunId(run));
        } catch (SearchUnavailableException e) {
            FieldMessages.page("drill.error.search", e.getMessage());
        } catch (RuntimeException e) {
            FieldMessages.refused("detail", e);
        }
    }

    public boolean isFound() {
        return measured != null;
    }

    public Drill getDrillRead() {
        return read;
    }

    public DrillRun getRun() {
        return measured == null ? null : measured.run();
    }

    public DrillMeasurement getMeasurement() {
        return measured == null ? null : measured.measurement();
    }

    public Progress getProgress() {
        if (measured.run().failure() != null) {
            return Progress.FAILED;
        }
        return measured.measurement().complete() ? Progress.FINISHED : Progress.RUNNING;
    }

    /** Whether the page polls: only while the run plays. */
    public boolean isRunning() {
        return measured != null && getProgress() == Progress.RUNNING;
    }

    /** The decided steps (detected, late or missed) in percent of all. */
    public int getPercentDecided() {
        var steps = measured.measurement().steps();
        long decided = steps.stream().filter(s -> s.outcome() == StepResult.Outcome.DETECTED || s.outcome().missed()).count();
        return (int) (decided * 100 / steps.size());
    }

    public long getInjected() {
        return measured.run().steps().stream().filter(s -> s.injectedAt() != null).count();
    }

    /** The numbers of the missed steps (late ones included), e.g. "2, 4", or empty. */
    public String getMissedNumbers() {
        return String.join(", ", measured.measurement().missed().stream().map(s -> String.valueOf(s.step().number())).toList());
    }

    public String time(Instant at) {
        return RunTimes.time(at);
    }

    public String duration(Duration d) {
        return RunTimes.duration(d);
    }

    /** A median, or empty when no step has that time. */
    public String median(java.util.Optional<Duration> d) {
        return d.map(RunTimes::duration).orElse("");
    }

    public String expected(StepResult s) {
        return String.join(", ", s.step().expectedRules().stream().sorted().toList());
    }

    public Long getDrill() {
        return drill;
    }

    public void setDrill(Long drill) {
        this.drill = drill;
    }

    public Long getRunId() {
        return run;
    }

    public void setRunId(Long run) {
        this.run = run;
    }
}
