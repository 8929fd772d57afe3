package vn.gov.moh.soc.portal.application.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.domain.model.drill.Drill;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentStatus;
import vn.gov.moh.soc.portal.domain.model.incident.Severity;
import vn.gov.moh.soc.portal.domain.model.protection.UnitProtection;
import vn.gov.moh.soc.portal.domain.model.requirement.Assessment;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * The dashboard's bulk reads: each method is one query over every unit given (null: the whole
 * sector), where the use-case repositories read one system or unit at a time.
 */
public interface DashboardData {
    /** The level of each system's latest level proposal, for the systems that have one. */
    Map<SystemId, SecurityLevel> proposedLevels(Set<UnitId> owners);

    /** The approved level of each system with an approved level-proposal dossier. */
    Map<SystemId, SecurityLevel> approvedLevels(Set<UnitId> owners);

    /** Every recorded assessment, by system. */
    Map<SystemId, List<Assessment>> assessments(Set<UnitId> owners);

    /** The 4-layer declarations of the units that made one. */
    Map<UnitId, UnitProtection> protections(Set<UnitId> units);

    /** The drills of the year with a participant (the organizer is one) among the units, participants loaded in the same query. */
    List<Drill> drills(Set<UnitId> units, int year);

    /** Each real incident once per affected unit; a drill's incidents (escalated from its marked alerts) are left out. */
    List<IncidentFact> incidents(Set<UnitId> units);

    /**
     * An incident as the dashboard counts it, for one of its units.
     *
     * @param respondedAt when it left "new", null while new
     * @param resolvedAt  when it was closed, null while open
     */
    record IncidentFact(long incident, UnitId unit, Severity severity, IncidentStatus status, Instant detectedAt, Instant createdAt,
                        Instant respondedAt, Instant resolvedAt) {
    }
}
