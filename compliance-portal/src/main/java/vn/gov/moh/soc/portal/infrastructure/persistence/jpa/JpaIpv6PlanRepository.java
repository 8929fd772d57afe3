package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6Plan;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6PlanId;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6PlanRepository;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

@ApplicationScoped
public class JpaIpv6PlanRepository implements Ipv6PlanRepository {
    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Ipv6Plan> find(Ipv6PlanId id) {
        return Optional.ofNullable(em.find(Ipv6PlanEntity.class, id.value())).map(Ipv6PlanEntity::toDomain);
    }

    @Override
    public Optional<Ipv6Plan> find(UnitId unit, SystemId system) {
        TypedQuery<Ipv6PlanEntity> q = em.createQuery("select p from Ipv6PlanEntity p where p.unitId = :u and "
                + (system == null ? "p.systemId is null" : "p.systemId = :s"), Ipv6PlanEntity.class).setParameter("u", unit.value());
        if (system != null) {
            q.setParameter("s", system.value());
        }
        return q.getResultStream().findFirst().map(Ipv6PlanEntity::toDomain);
    }

    @Override
    public Ipv6Plan save(Ipv6Plan plan) {
        Ipv6PlanEntity e = plan.id() == null ? new Ipv6PlanEntity() : em.find(Ipv6PlanEntity.class, plan.id().value());
        if (e == null) {
            throw new IllegalArgumentException("no IPv6 plan " + plan.id());
        }
        e.copyFrom(plan);
        if (plan.id() == null) {
            em.persist(e);
        }
        em.flush();
        return plan.withId(new Ipv6PlanId(e.id()));
    }

    @Override
    public List<Ipv6Plan> search(Set<UnitId> units, UnitId unit) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select p from Ipv6PlanEntity p where 1 = 1");
        if (units != null) {
            jpql.append(" and p.unitId in :units");
        }
        if (unit != null) {
            jpql.append(" and p.unitId = :unit");
        }
        TypedQuery<Ipv6PlanEntity> q = em.createQuery(jpql.append(" order by p.unitId, p.id").toString(), Ipv6PlanEntity.class);
        if (units != null) {
            q.setParameter("units", units.stream().map(UnitId::value).toList());
        }
        if (unit != null) {
            q.setParameter("unit", unit.value());
        }
        return q.getResultStream().map(Ipv6PlanEntity::toDomain).toList();
    }
}
