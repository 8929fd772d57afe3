package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.application.dashboard.DashboardData;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierState;
import vn.gov.moh.soc.portal.domain.model.drill.Drill;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentStatus;
import vn.gov.moh.soc.portal.domain.model.incident.Severity;
import vn.gov.moh.soc.portal.domain.model.protection.UnitProtection;
import vn.gov.moh.soc.portal.domain.model.requirement.Assessment;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * The dashboard's bulk reads in JPQL, one statement each: the units' filter is a parameter (or a
 * sub-select on the systems' owners), never a loop; element collections come in the same statement
 * (a fetch join, or the incident's units as a joined column).
 */
@ApplicationScoped
public class JpaDashboardData implements DashboardData {
    private static final String OWNED = "select s.id from SystemEntity s where s.ownerUnit in :units";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Map<SystemId, SecurityLevel> proposedLevels(Set<UnitId> owners) {
        if (owners != null && owners.isEmpty()) {
            return Map.of();
        }
        String jpql = "select p.systemId, p.proposedLevel from LevelProposalEntity p"
                + " where p.id = (select max(q.id) from LevelProposalEntity q where q.systemId = p.systemId)"
                + (owners == null ? "" : " and p.systemId in (" + OWNED + ")");
        return levels(scoped(em.createQuery(jpql, Object[].class), owners).getResultList());
    }

    @Override
    public Map<SystemId, SecurityLevel> approvedLevels(Set<UnitId> owners) {
        if (owners != null && owners.isEmpty()) {
            return Map.of();
        }
        // The level of the approved (last) version; of a system's approved dossiers the newest counts.
        String jpql = "select d.systemId, v.proposedLevel from DossierEntity d, DossierVersionEntity v"
                + " where v.dossierId = d.id and d.state = :approved"
                + " and v.versionNumber = (select max(w.versionNumber) from DossierVersionEntity w where w.dossierId = d.id)"
                + (owners == null ? "" : " and d.ownerUnit in :units") + " order by d.id";
        TypedQuery<Object[]> q = scoped(em.createQuery(jpql, Object[].class), owners).setParameter("approved", DossierState.APPROVED.name());
        return levels(q.getResultList());
    }

    /** Rows of (system id, level number) as a map; a later row of a system replaces an earlier one. */
    private static Map<SystemId, SecurityLevel> levels(List<Object[]> rows) {
        Map<SystemId, SecurityLevel> result = new HashMap<>();
        for (Object[] row : rows) {
            result.put(new SystemId(((Number) row[0]).longValue()), SecurityLevel.of(((Number) row[1]).intValue()));
        }
        return result;
    }

    @Override
    public Map<SystemId, List<Assessment>> assessments(Set<UnitId> owners) {
        Map<SystemId, List<Assessment>> result = new HashMap<>();
        if (owners != null && owners.isEmpty()) {
            return result;
        }
        String jpql = "select a from AssessmentEntity a" + (owners == null ? "" : " where a.systemId in (" + OWNED + ")")
                + " order by a.systemId, a.requirementCode";
        scoped(em.createQuery(jpql, AssessmentEntity.class), owners).getResultStream().map(AssessmentEntity::toDomain)
                .forEach(a -> result.computeIfAbsent(a.system(), k -> new ArrayList<>()).add(a));
        return result;
    }

    @Override
    public Map<UnitId, UnitProtection> protections(Set<UnitId> units) {
        Map<UnitId, UnitProtection> result = new HashMap<>();
        if (units != null && units.isEmpty()) {
            return result;
        }
        String jpql = "select p from ProtectionEntity p" + (units == null ? "" : " where p.unitId in :units");
        scoped(em.createQuery(jpql, ProtectionEntity.class), units).getResultStream().map(ProtectionEntity::toDomain)
                .forEach(p -> result.put(p.unit(), p));
        return result;
    }

    @Override
    public List<Drill> drills(Set<UnitId> units, int year) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        // The participants by a fetch join: the entity's eager collection would otherwise be one query per drill.
        List<DrillEntity> rows = em.createQuery("select distinct d from DrillEntity d left join fetch d.participants where d.year = :year",
                DrillEntity.class).setParameter("year", year).getResultList();
        Map<Long, Drill> result = new LinkedHashMap<>();
        for (DrillEntity e : rows) {
            Drill d = e.toDomain();
            if (units == null || d.participants().stream().anyMatch(units::contains)) {
                result.putIfAbsent(d.id().value(), d);
            }
        }
        return List.copyOf(result.values());
    }

    @Override
    public List<IncidentFact> incidents(Set<UnitId> units) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        String jpql = "select i.id, u, i.severity, i.status, i.detectedAt, i.createdAt, i.respondedAt, i.resolvedAt"
                + " from IncidentEntity i join i.units u where i.drillMark is null" + (units == null ? "" : " and u in :units")
                + " order by i.id";
        List<IncidentFact> result = new ArrayList<>();
        for (Object[] r : scoped(em.createQuery(jpql, Object[].class), units).getResultList()) {
            result.add(new IncidentFact(((Number) r[0]).longValue(), UnitId.of((String) r[1]), Severity.valueOf((String) r[2]),
                    IncidentStatus.valueOf((String) r[3]), instant(r[4]), instant(r[5]), instant(r[6]), instant(r[7])));
        }
        return result;
    }

    private static java.time.Instant instant(Object value) {
        return value == null ? null : ((OffsetDateTime) value).toInstant();
    }

    private static <T> TypedQuery<T> scoped(TypedQuery<T> q, Set<UnitId> units) {
        if (units != null) {
            q.setParameter("units", units.stream().map(UnitId::value).toList());
        }
        return q;
    }
}
