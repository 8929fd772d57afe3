package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.gov.moh.soc.portal.application.pipeline.PublishedRule;
import vn.gov.moh.soc.portal.application.pipeline.PublishedRuleRepository;

@ApplicationScoped
public class JpaPublishedRuleRepository implements PublishedRuleRepository {
    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public List<PublishedRule> all() {
        return em.createQuery("select r from PublishedRuleEntity r order by r.ruleId", PublishedRuleEntity.class)
                .getResultStream().map(JpaPublishedRuleRepository::rule).toList();
    }

    @Override
    public Optional<PublishedRule> find(String id) {
        return Optional.ofNullable(em.find(PublishedRuleEntity.class, id)).map(JpaPublishedRuleRepository::rule);
    }

    @Override
    public void save(PublishedRule r) {
        PublishedRuleEntity e = em.find(PublishedRuleEntity.class, r.id());
        boolean fresh = e == null;
        if (fresh) {
            e = new PublishedRuleEntity();
            e.ruleId = r.id();
        }
        e.set(r.title() == null ? r.id() : r.title(), r.level(), r.kind(), r.yaml(), r.enabled(), r.updatedBy(),
                r.updatedAt().toString());
        if (fresh) {
            em.persist(e);
        }
    }

    private static PublishedRule rule(PublishedRuleEntity e) {
        return new PublishedRule(e.ruleId, e.kind, e.title, e.ruleLevel, e.yaml, e.enabled, e.updatedBy, Instant.parse(e.updatedAt));
    }
}
