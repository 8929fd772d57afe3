package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.report.BuiltFrom;
import vn.gov.moh.soc.portal.domain.model.report.Report;
import vn.gov.moh.soc.portal.domain.model.report.ReportId;
import vn.gov.moh.soc.portal.domain.model.report.ReportRepository;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

@ApplicationScoped
public class JpaReportRepository implements ReportRepository {
    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public JpaReportRepository() {
    }

    /** Outside the server (the persistence ITs). */
    JpaReportRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Report add(Report queued) {
        ReportEntity e = ReportEntity.of(queued);
        em.persist(e);
        em.flush();
        return e.toDomain();
    }

    @Override
    public Optional<Report> find(ReportId id) {
        return Optional.ofNullable(em.find(ReportEntity.class, id.value())).map(ReportEntity::toDomain);
    }

    @Override
    public List<Report> list(Set<UnitId> visibleUnits, int limit) {
        if (visibleUnits != null && visibleUnits.isEmpty()) {
            return List.of();
        }
        TypedQuery<ReportEntity> q = em.createQuery(visibleUnits == null ? "select r from ReportEntity r order by r.id desc"
                : "select r from ReportEntity r where r.visibleUnit in :units order by r.id desc", ReportEntity.class);
        if (visibleUnits != null) {
            q.setParameter("units", visibleUnits.stream().map(UnitId::value).toList());
        }
        return q.setMaxResults(limit).getResultStream().map(ReportEntity::toDomain).toList();
    }

    @Override
    public void start(ReportId id, Instant at) {
        entity(id).start(at);
    }

    @Override
    public void progress(ReportId id, int percent) {
        entity(id).progress(percent);
    }

    @Override
    public void finish(ReportId id, Report.StoredContent content, BuiltFrom builtFrom, Instant at) {
        entity(id).finish(content, builtFrom, at);
    }

    @Override
    public void fail(ReportId id, String reason, Instant at) {
        entity(id).fail(reason, at);
    }

    @Override
    public int failUnfinished(String reason, Instant at) {
        List<ReportEntity> open = em.createQuery("select r from ReportEntity r where r.status in ('QUEUED', 'RUNNING')", ReportEntity.class)
                .getResultList();
        open.forEach(e -> e.fail(reason, at));
        return open.size();
    }

    private ReportEntity entity(ReportId id) {
        ReportEntity e = em.find(ReportEntity.class, id.value());
        if (e == null) {
            throw new IllegalArgumentException("no report " + id);
        }
        return e;
    }
}
