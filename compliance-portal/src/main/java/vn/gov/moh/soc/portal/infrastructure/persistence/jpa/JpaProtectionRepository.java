package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.gov.moh.soc.portal.domain.model.protection.ProtectionRepository;
import vn.gov.moh.soc.portal.domain.model.protection.UnitProtection;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

@ApplicationScoped
public class JpaProtectionRepository implements ProtectionRepository {
    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<UnitProtection> find(UnitId unit) {
        return Optional.ofNullable(em.find(ProtectionEntity.class, unit.value())).map(ProtectionEntity::toDomain);
    }

    @Override
    public void save(UnitProtection protection) {
        ProtectionEntity e = em.find(ProtectionEntity.class, protection.unit().value());
        boolean fresh = e == null;
        if (fresh) {
            e = new ProtectionEntity();
        }
        e.copyFrom(protection);
        if (fresh) {
            em.persist(e);
        }
        em.flush();
    }
}
