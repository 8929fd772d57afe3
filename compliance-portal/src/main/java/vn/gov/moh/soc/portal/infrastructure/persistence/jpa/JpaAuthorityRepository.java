package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.domain.model.dossier.Authority;
import vn.gov.moh.soc.portal.domain.model.dossier.AuthorityRepository;

@ApplicationScoped
public class JpaAuthorityRepository implements AuthorityRepository {
    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Authority forLevel(SecurityLevel level) {
        AuthorityEntity e = em.find(AuthorityEntity.class, level.number());
        if (e == null) {
            throw new IllegalStateException("the authority table has no row for level " + level.number());
        }
        return e.toDomain();
    }

    @Override
    public List<Authority> all() {
        return em.createQuery("select a from AuthorityEntity a order by a.level", AuthorityEntity.class).getResultList()
                .stream().map(AuthorityEntity::toDomain).toList();
    }
}
