package vn.gov.moh.soc.portal.domain.model.drill;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** Where drills are kept. */
public interface DrillRepository {
    Optional<Drill> find(DrillId id);

    /** Saves a new drill (no id) or replaces one; returns it with its id. */
    Drill save(Drill drill);

    /**
     * The drills organized by, or with a participant among, {@code visibleUnits} (null: every drill),
     * of {@code year} if given, by planned start.
     */
    List<Drill> search(Set<UnitId> visibleUnits, Integer year);
}
