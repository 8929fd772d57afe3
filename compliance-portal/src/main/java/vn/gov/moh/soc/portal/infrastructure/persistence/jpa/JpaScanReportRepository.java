package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.vulnerability.ScanReport;
import vn.gov.moh.soc.portal.domain.model.vulnerability.ScanReportRepository;

@ApplicationScoped
public class JpaScanReportRepository implements ScanReportRepository {
    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public ScanReport save(ScanReport report) {
        ScanReportEntity e = ScanReportEntity.of(report);
        em.persist(e);
        em.flush();
        return report.withId(e.id());
    }

    @Override
    public Optional<ScanReport> latest(SystemId system) {
        return em.createQuery("select r from ScanReportEntity r where r.systemId = :s order by r.id desc", ScanReportEntity.class)
                .setParameter("s", system.value()).setMaxResults(1).getResultList().stream().findFirst()
                .map(ScanReportEntity::toDomain);
    }

    @Override
    public List<ScanSummary> history(SystemId system) {
        return em.createQuery("select r from ScanReportEntity r where r.systemId = :s order by r.id desc", ScanReportEntity.class)
                .setParameter("s", system.value()).getResultList().stream().map(ScanReportEntity::summary).toList();
    }

    @Override
    public Map<SystemId, Integer> latestCritical(Collection<SystemId> systems) {
        Map<SystemId, Integer> out = new HashMap<>();
        if (systems.isEmpty()) {
            return out;
        }
        List<Long> ids = systems.stream().map(SystemId::value).toList();
        List<ScanReportEntity> latest = em.createQuery("select r from ScanReportEntity r where r.systemId in :s and r.id ="
                + " (select max(o.id) from ScanReportEntity o where o.systemId = r.systemId)", ScanReportEntity.class)
                .setParameter("s", ids).getResultList();
        latest.forEach(r -> out.put(new SystemId(r.systemId()), r.criticalCount()));
        return out;
    }
}
