package vn.gov.moh.soc.portal.domain.model.system;

import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** Where the inventory of systems is kept. */
public interface SystemRepository {
    Optional<InformationSystem> find(SystemId id);

    /** Saves a new system (no id yet) or replaces an existing one; returns it with its id. */
    InformationSystem save(InformationSystem system);

    SystemPage search(SystemQuery query);

    /** The ids of the systems the unit itself owns (not those of the units below it). */
    Set<SystemId> ownedBy(UnitId owner);
}
