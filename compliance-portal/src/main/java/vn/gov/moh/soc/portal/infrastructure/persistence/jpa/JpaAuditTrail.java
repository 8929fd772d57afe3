package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.gov.moh.soc.portal.domain.model.audit.AuditRecord;
import vn.gov.moh.soc.portal.domain.model.audit.AuditTrail;
import vn.gov.moh.soc.portal.domain.model.audit.ChainVerification;

@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {
    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** For CDI, which injects the container's entity manager. */
    public JpaAuditTrail() {
    }

    /** Outside a container (the persistence ITs), on a given entity manager. */
    JpaAuditTrail(EntityManager em) {
        this.em = em;
    }
    private final Clock clock = Clock.systemUTC();

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditRecord append(String actor, String action, String entityType, String entityId, String before, String after) {
        // The head's row lock orders concurrent appends; the loser waits and chains onto the winner.
        AuditHeadEntity head = em.find(AuditHeadEntity.class, 1, LockModeType.PESSIMISTIC_WRITE);
        AuditRecord record = AuditRecord.append(head.lastPosition, head.lastHash, clock.instant().truncatedTo(ChronoUnit.MICROS),
                actor, action, entityType, entityId, before, after);
        em.persist(AuditRecordEntity.of(record));
        head.advance(record.position(), record.hash());
        return record;
    }

    @Override
    @Transactional
    public ChainVerification verify() {
        AuditHeadEntity head = em.find(AuditHeadEntity.class, 1);
        em.refresh(head);
        List<AuditRecord> records = em.createQuery("select r from AuditRecordEntity r order by r.position", AuditRecordEntity.class)
                .setHint("jakarta.persistence.cache.retrieveMode", jakarta.persistence.CacheRetrieveMode.BYPASS)
                .getResultList().stream().map(AuditRecordEntity::toDomain).toList();
        return ChainVerification.of(records, head.lastPosition, head.lastHash);
    }
}
