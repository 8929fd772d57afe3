package vn.gov.moh.soc.portal.domain.model.unit;

import java.util.List;

/** Where units are kept. */
public interface UnitRepository {
    List<Unit> findAll();

    /** All units as a checked tree. */
    default UnitHierarchy hierarchy() {
        return new UnitHierarchy(findAll());
    }
}
