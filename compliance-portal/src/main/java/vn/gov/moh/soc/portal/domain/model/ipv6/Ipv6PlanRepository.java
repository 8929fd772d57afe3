package vn.gov.moh.soc.portal.domain.model.ipv6;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** Where migration plans are kept. */
public interface Ipv6PlanRepository {
    Optional<Ipv6Plan> find(Ipv6PlanId id);

    /** The plan of that unit for that system (null: the unit-wide plan), if any. */
    Optional<Ipv6Plan> find(UnitId unit, SystemId system);

    /** Saves a new plan (no id) or replaces one; returns it with its id. */
    Ipv6Plan save(Ipv6Plan plan);

    /** The plans of {@code units} (null: all), of one unit if {@code unit} is given, by unit then id. */
    List<Ipv6Plan> search(Set<UnitId> units, UnitId unit);
}
