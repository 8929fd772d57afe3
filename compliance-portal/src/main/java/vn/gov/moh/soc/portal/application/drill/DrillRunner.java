package vn.gov.moh.soc.portal.application.drill;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillPlay;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRun;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillStep;

/**
 * Plays a committed run's steps one after the other on the server's managed executor, each
 * through the agent; a failed step stops the run with the reason, which the run shows.
 */
@ApplicationScoped
public class DrillRunner {
    private static final Logger LOG = Logger.getLogger(DrillRunner.class.getName());

    @Resource
    ManagedExecutorService executor;
    @Inject
    DrillInjector injector;
    @Inject
    DrillRunRecords records;

    /** Starts playing the (committed) run; returns at once. */
    public void submit(DrillRun run) {
        executor.execute(() -> play(run));
    }

    void play(DrillRun run) {
        for (DrillStep step : run.steps()) {
            try {
                Instant at = injector.inject(run.mark(), run.unit(), step.number(), DrillPlay.of(step.play()));
                records.injected(run.id(), step.number(), at);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "drill run " + run.id() + " step " + step.number() + " failed", e);
                try {
                    records.failed(run.id(), "step " + step.number() + " (" + step.play() + "): " + e.getMessage());
                } catch (RuntimeException again) {
                    LOG.log(Level.SEVERE, "drill run " + run.id() + " failed and its failure could not be stored", again);
                }
                return;
            }
        }
        LOG.info(() -> "drill run " + run.id() + " (" + run.mark() + "): every step injected");
    }
}
