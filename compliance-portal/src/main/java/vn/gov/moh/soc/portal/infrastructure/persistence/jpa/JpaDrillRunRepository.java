package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.gov.moh.soc.portal.domain.model.drill.DrillId;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRun;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRunId;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRunRepository;

@ApplicationScoped
public class JpaDrillRunRepository implements DrillRunRepository {
    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** For CDI, which injects the container's entity manager. */
    public JpaDrillRunRepository() {
    }

    /** Outside a container (the persistence ITs), on a given entity manager. */
    JpaDrillRunRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<DrillRun> find(DrillRunId id) {
        return Optional.ofNullable(em.find(DrillRunEntity.class, id.value())).map(DrillRunEntity::toDomain);
    }

    @Override
    public DrillRun save(DrillRun run) {
        DrillRunEntity e = run.id() == null ? new DrillRunEntity() : em.find(DrillRunEntity.class, run.id().value());
        e.copyFrom(run);
        if (run.id() == null) {
            em.persist(e);
        }
        em.flush();
        return e.toDomain();
    }

    @Override
    public List<DrillRun> ofDrill(DrillId drill) {
        return em.createQuery("select r from DrillRunEntity r where r.drillId = :drill order by r.id", DrillRunEntity.class)
                .setParameter("drill", drill.value()).getResultList().stream().map(DrillRunEntity::toDomain).toList();
    }
}
