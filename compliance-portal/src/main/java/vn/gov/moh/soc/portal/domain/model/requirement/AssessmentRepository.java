package vn.gov.moh.soc.portal.domain.model.requirement;

import java.util.List;
import java.util.Optional;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;

/** The assessments, one per system and requirement (the latest; the audit trail keeps the earlier ones). */
public interface AssessmentRepository {
    Optional<Assessment> find(SystemId system, String requirement);

    List<Assessment> forSystem(SystemId system);

    /** Inserts or replaces the system's assessment of that requirement. */
    void save(Assessment assessment);
}
