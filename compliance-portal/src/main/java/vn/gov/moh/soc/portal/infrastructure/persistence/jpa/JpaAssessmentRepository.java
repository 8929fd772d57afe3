package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.gov.moh.soc.portal.domain.model.requirement.Assessment;
import vn.gov.moh.soc.portal.domain.model.requirement.AssessmentRepository;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;

@ApplicationScoped
public class JpaAssessmentRepository implements AssessmentRepository {
    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Assessment> find(SystemId system, String requirement) {
        return entity(system, requirement).map(AssessmentEntity::toDomain);
    }

    @Override
    public List<Assessment> forSystem(SystemId system) {
        return em.createQuery("select a from AssessmentEntity a where a.systemId = :s order by a.requirementCode", AssessmentEntity.class)
                .setParameter("s", system.value()).getResultStream().map(AssessmentEntity::toDomain).toList();
    }

    @Override
    public void save(Assessment assessment) {
        AssessmentEntity e = entity(assessment.system(), assessment.requirement()).orElse(null);
        boolean fresh = e == null;
        if (fresh) {
            e = new AssessmentEntity();
        }
        e.copyFrom(assessment);
        if (fresh) {
            em.persist(e);
        }
        em.flush();
    }

    private Optional<AssessmentEntity> entity(SystemId system, String requirement) {
        return em.createQuery("select a from AssessmentEntity a where a.systemId = :s and a.requirementCode = :r", AssessmentEntity.class)
                .setParameter("s", system.value()).setParameter("r", requirement).getResultStream().findFirst();
    }
}
