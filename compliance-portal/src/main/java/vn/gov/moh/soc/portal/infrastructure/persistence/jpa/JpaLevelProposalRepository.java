package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import vn.gov.moh.soc.portal.domain.model.level.LevelProposal;
import vn.gov.moh.soc.portal.domain.model.level.LevelProposalRepository;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.infrastructure.json.SystemJson;

@ApplicationScoped
public class JpaLevelProposalRepository implements LevelProposalRepository {
    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** For CDI, which injects the container's entity manager. */
    public JpaLevelProposalRepository() {
    }

    /** Outside a container (the persistence ITs), on a given entity manager. */
    JpaLevelProposalRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void save(LevelProposal p) {
        LevelProposalEntity e = new LevelProposalEntity();
        e.systemId = p.system().value();
        e.computedLevel = p.computed().level().number();
        e.reasonsJson = SystemJson.reasons(p.computed().reasons()).toString();
        e.proposedLevel = p.proposed().number();
        e.justification = p.justification();
        e.proposedBy = p.proposedBy();
        e.proposedAt = p.proposedAt().toString();
        em.persist(e);
    }

    @Override
    public Optional<StoredProposal> latest(SystemId system) {
        return em.createQuery("select p from LevelProposalEntity p where p.systemId = :s order by p.id desc", LevelProposalEntity.class)
                .setParameter("s", system.value()).setMaxResults(1).getResultStream().findFirst()
                .map(e -> new StoredProposal(SecurityLevel.of(e.computedLevel), e.reasonsJson, SecurityLevel.of(e.proposedLevel),
                        e.justification, e.proposedBy, Instant.parse(e.proposedAt)));
    }
}
