package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitRepository;

@ApplicationScoped
public class JpaUnitRepository implements UnitRepository {
    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** For CDI, which injects the container's entity manager. */
    public JpaUnitRepository() {
    }

    /** Outside a container (the persistence ITs), on a given entity manager. */
    JpaUnitRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Unit> findAll() {
        return em.createQuery("select u from UnitEntity u order by u.id", UnitEntity.class).getResultList()
                .stream().map(UnitEntity::toDomain).toList();
    }
}
