package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.drill.Drill;
import vn.gov.moh.soc.portal.domain.model.drill.DrillId;
import vn.gov.moh.soc.portal.domain.model.drill.DrillRepository;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

@ApplicationScoped
public class JpaDrillRepository implements DrillRepository {
    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** For CDI, which injects the container's entity manager. */
    public JpaDrillRepository() {
    }

    /** Outside a container (the persistence ITs), on a given entity manager. */
    JpaDrillRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Drill> find(DrillId id) {
        return Optional.ofNullable(em.find(DrillEntity.class, id.value())).map(DrillEntity::toDomain);
    }

    @Override
    public Drill save(Drill drill) {
        DrillEntity e = drill.id() == null ? new DrillEntity() : em.find(DrillEntity.class, drill.id().value());
        if (e == null) {
            throw new IllegalArgumentException("no drill " + drill.id());
        }
        e.copyFrom(drill);
        if (drill.id() == null) {
            em.persist(e);
        }
        em.flush();
        return drill.withId(new DrillId(e.id()));
    }

    @Override
    public List<Drill> search(Set<UnitId> visibleUnits, Integer year) {
        // A drill is visible through its organizer or any participant; the organizer is one of them.
        StringBuilder jpql = new StringBuilder(visibleUnits == null ? "select d from DrillEntity d where 1 = 1"
                : "select distinct d from DrillEntity d join d.participants p where p in :units");
        if (year != null) {
            jpql.append(" and d.year = :year");
        }
        jpql.append(" order by d.plannedStart, d.id");
        TypedQuery<DrillEntity> q = em.createQuery(jpql.toString(), DrillEntity.class);
        if (visibleUnits != null) {
            if (visibleUnits.isEmpty()) {
                return List.of();
            }
            q.setParameter("units", visibleUnits.stream().map(UnitId::value).toList());
        }
        if (year != null) {
            q.setParameter("year", year);
        }
        return q.getResultStream().map(DrillEntity::toDomain).toList();
    }
}
