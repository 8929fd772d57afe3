package vn.gov.moh.soc.portal.domain.model.protection;

import java.util.Optional;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** Where the units' declarations are kept, one per unit. */
public interface ProtectionRepository {
    Optional<UnitProtection> find(UnitId unit);

    /** Inserts or replaces the unit's declaration. */
    void save(UnitProtection protection);
}
