package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentKind;
import vn.gov.moh.soc.portal.domain.model.dossier.Dossier;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierComment;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierEvent;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierId;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierRepository;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierState;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierVersion;
import vn.gov.moh.soc.portal.domain.model.dossier.ReReview;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * Stores the dossier aggregate over its rows. Events and comments only grow (the domain never
 * removes one), so a save appends the ones beyond those stored; versions are updated in place
 * until submitted, then stay as they are.
 */
@ApplicationScoped
public class JpaDossierRepository implements DossierRepository {
    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Dossier> find(DossierId id) {
        return Optional.ofNullable(em.find(DossierEntity.class, id.value())).map(this::toDomain);
    }

    @Override
    public Dossier save(Dossier d) {
        DossierEntity row;
        if (d.id() == null) {
            row = new DossierEntity();
            row.copyFrom(d);
            em.persist(row);
            em.flush();
        } else {
            row = em.find(DossierEntity.class, d.id().value());
            if (row == null) {
                throw new IllegalArgumentException("no dossier " + d.id());
            }
            row.copyFrom(d);
            // Changes of a version, an event or a comment alone must raise the dossier's version too.
            em.lock(row, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        long id = row.id;
        Map<Integer, DossierVersionEntity> stored = versions(id).stream()
                .collect(Collectors.toMap(DossierVersionEntity::versionNumber, Function.identity()));
        for (DossierVersion v : d.versions()) {
            DossierVersionEntity e = stored.get(v.number());
            if (e == null) {
                e = new DossierVersionEntity();
                e.copyFrom(id, v);
                em.persist(e);
            } else {
                e.copyFrom(id, v);
            }
        }
        List<DossierEvent> events = d.events();
        for (int i = count("DossierEventEntity", id); i < events.size(); i++) {
            em.persist(DossierEventEntity.of(id, i, events.get(i)));
        }
        List<DossierComment> comments = d.comments();
        for (int i = count("DossierCommentEntity", id); i < comments.size(); i++) {
            em.persist(DossierCommentEntity.of(id, i, comments.get(i)));
        }
        // Flushing here turns a concurrent change into an OptimisticLockException the API can answer with 409.
        em.flush();
        return d.id() == null ? d.withId(new DossierId(id)) : d;
    }

    @Override
    public List<Dossier> list(Collection<UnitId> owners, SystemId system) {
        if (owners != null && owners.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select d from DossierEntity d where 1 = 1");
        if (owners != null) {
            jpql.append(" and d.ownerUnit in :owners");
        }
        if (system != null) {
            jpql.append(" and d.systemId = :system");
        }
        TypedQuery<DossierEntity> q = em.createQuery(jpql.append(" order by d.id desc").toString(), DossierEntity.class);
        if (owners != null) {
            q.setParameter("owners", owners.stream().map(UnitId::value).toList());
        }
        if (system != null) {
            q.setParameter("system", system.value());
        }
        return q.getResultList().stream().map(this::toDomain).toList();
    }

    @Override
    public List<Dossier> ofSystem(SystemId system) {
        return list(null, system);
    }

    private Dossier toDomain(DossierEntity row) {
        long id = row.id;
        Map<Long, AttachmentKind> kinds = new HashMap<>();
        em.createQuery("select a from AttachmentEntity a where a.dossierId = :d", AttachmentEntity.class).setParameter("d", id)
                .getResultList().forEach(a -> kinds.put(a.id(), a.kind()));
        List<DossierVersion> versions = versions(id).stream().map(v -> v.toDomain(kinds)).toList();
        List<DossierEvent> events = em.createQuery("select e from DossierEventEntity e where e.dossierId = :d order by e.listIndex",
                DossierEventEntity.class).setParameter("d", id).getResultList().stream().map(DossierEventEntity::toDomain).toList();
        List<DossierComment> comments = em.createQuery("select c from DossierCommentEntity c where c.dossierId = :d order by c.listIndex",
                DossierCommentEntity.class).setParameter("d", id).getResultList().stream().map(DossierCommentEntity::toDomain).toList();
        return new Dossier(new DossierId(id), new SystemId(row.systemId), UnitId.of(row.ownerUnit), DossierState.valueOf(row.state),
                versions, events, comments, row.dueAt == null ? null : Instant.parse(row.dueAt),
                row.reReviewReason == null ? null : new ReReview(row.reReviewReason, Instant.parse(row.reReviewAt)),
                row.createdBy, Instant.parse(row.createdAt));
    }

    private List<DossierVersionEntity> versions(long dossier) {
        return em.createQuery("select v from DossierVersionEntity v where v.dossierId = :d order by v.versionNumber",
                DossierVersionEntity.class).setParameter("d", dossier).getResultList();
    }

    private int count(String entity, long dossier) {
        return em.createQuery("select count(x) from " + entity + " x where x.dossierId = :d", Long.class)
                .setParameter("d", dossier).getSingleResult().intValue();
    }
}
