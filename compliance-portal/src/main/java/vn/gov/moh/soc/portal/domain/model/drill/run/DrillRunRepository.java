package vn.gov.moh.soc.portal.domain.model.drill.run;

import java.util.List;
import java.util.Optional;
import vn.gov.moh.soc.portal.domain.model.drill.DrillId;

/** Where drill runs are kept. */
public interface DrillRunRepository {
    Optional<DrillRun> find(DrillRunId id);

    /** Saves a new run (no id) or replaces one; returns it with its id. */
    DrillRun save(DrillRun run);

    /** The runs of a drill, oldest first. */
    List<DrillRun> ofDrill(DrillId drill);
}
