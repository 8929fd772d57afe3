package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.system.SystemPage;
import vn.gov.moh.soc.portal.domain.model.system.SystemQuery;
import vn.gov.moh.soc.portal.domain.model.system.SystemRepository;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

@ApplicationScoped
public class JpaSystemRepository implements SystemRepository {
    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** For CDI, which injects the container's entity manager. */
    public JpaSystemRepository() {
    }

    /** Outside a container (the persistence ITs), on a given entity manager. */
    JpaSystemRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<InformationSystem> find(SystemId id) {
        return Optional.ofNullable(em.find(SystemEntity.class, id.value())).map(SystemEntity::toDomain);
    }

    @Override
    public InformationSystem save(InformationSystem system) {
        SystemEntity entity = system.id() == null ? new SystemEntity() : em.find(SystemEntity.class, system.id().value());
        if (entity == null) {
            throw new IllegalArgumentException("no system " + system.id());
        }
        entity.copyFrom(system);
        if (system.id() == null) {
            em.persist(entity);
        }
        em.flush();
        return system.withId(new SystemId(entity.id()));
    }

    @Override
    public SystemPage search(SystemQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<SystemEntity> select = cb.createQuery(SystemEntity.class);
        Root<SystemEntity> root = select.from(SystemEntity.class);
        select.where(filters(cb, root, query));
        Path<?> order = switch (query.sort()) {
            case NAME -> root.get("name");
            case OWNER -> root.get("ownerUnit");
            case ID -> root.get("id");
        };
        select.orderBy(query.descending() ? cb.desc(order) : cb.asc(order), cb.asc(root.get("id")));
        List<InformationSystem> systems = em.createQuery(select)
                .setFirstResult(query.page() * query.size()).setMaxResults(query.size())
                .getResultList().stream().map(SystemEntity::toDomain).toList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<SystemEntity> countRoot = count.from(SystemEntity.class);
        count.select(cb.count(countRoot)).where(filters(cb, countRoot, query));
        return new SystemPage(systems, em.createQuery(count).getSingleResult());
    }

    @Override
    public Set<SystemId> ownedBy(UnitId owner) {
        return em.createQuery("select s.id from SystemEntity s where s.ownerUnit = :owner", Long.class)
                .setParameter("owner", owner.value()).getResultStream().map(SystemId::new).collect(Collectors.toSet());
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<SystemEntity> root, SystemQuery query) {
        List<Predicate> where = new ArrayList<>();
        if (query.visibleOwners() != null) {
            where.add(root.get("ownerUnit").in(query.visibleOwners().stream().map(UnitId::value).toList()));
        }
        if (query.owner() != null) {
            where.add(cb.equal(root.get("ownerUnit"), query.owner().value()));
        }
        if (query.nameContains() != null && !query.nameContains().isBlank()) {
            String like = "%" + query.nameContains().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(cb.like(cb.lower(root.get("name")), like, '\\'));
        }
        return where.toArray(Predicate[]::new);
    }
}
