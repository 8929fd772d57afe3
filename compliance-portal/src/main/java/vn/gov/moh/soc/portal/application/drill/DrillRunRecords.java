package vn.gov.moh.soc.portal.application.drill;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import vn.gov.moh.soc.portal.application.NotFoundException;
import vn.gov.moh.soc.portal.domain.model.audit.AuditTrail;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRun;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRunId;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRunRepository;
import vn.gov.moh.soc.portal.infrastructure.json.DrillRunJson;

/**
 * Each change of a run in its own transaction: the start (audited) commits before its steps are
 * injected, and each injection is kept as soon as the agent has its lines.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DrillRunRecords {
    @Inject
    DrillRunRepository runs;
    @Inject
    AuditTrail audit;

    public DrillRun create(DrillRun run) {
        DrillRun saved = runs.save(run);
        audit.append(run.startedBy(), "drill.run.start", "drill_run", saved.id().toString(), null,
                "{\"drill\":" + saved.drill() + ",\"unit\":\"" + saved.unit() + "\",\"mark\":\"" + saved.mark()
                        + "\",\"steps\":" + DrillRunJson.steps(saved.steps()) + "}");
        return saved;
    }

    public DrillRun injected(DrillRunId id, int step, Instant at) {
        return runs.save(find(id).injected(step, at));
    }

    public DrillRun failed(DrillRunId id, String reason) {
        return runs.save(find(id).failed(reason));
    }

    private DrillRun find(DrillRunId id) {
        return runs.find(id).orElseThrow(() -> new NotFoundException("no drill run " + id));
    }
}
