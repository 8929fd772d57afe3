package vn.gov.moh.soc.portal.domain.model.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** Where the inventory of systems is kept. */
public interface SystemRepository {
    Optional<InformationSystem> find(SystemId id);

    /** Saves a new system (no id yet) or replaces an existing one; returns it with its id. */
    InformationSystem save(InformationSystem system);

    SystemPage search(SystemQuery query);

    /**
     * Every system of the given owners (null: of every owner), in id order, read page by page.
     * Fine for the sector's hundreds to few thousands of systems.
     */
    default List<InformationSystem> all(Set<UnitId> owners) {
        if (owners != null && owners.isEmpty()) {
            return List.of();
        }
        final int size = 500;
        List<InformationSystem> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            SystemPage p = search(new SystemQuery(owners, null, null, SystemQuery.Sort.ID, false, page, size));
            all.addAll(p.systems());
            if (p.systems().size() < size) {
                return all;
            }
        }
    }

    /** The ids of the systems the unit itself owns (not those of the units below it). */
    Set<SystemId> ownedBy(UnitId owner);
}
