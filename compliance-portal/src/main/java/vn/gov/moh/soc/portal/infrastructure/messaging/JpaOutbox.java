package vn.gov.moh.soc.portal.infrastructure.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.portal.application.pipeline.Outbox;

/**
 * The outbox in the portal's database. Values are UTF-8 text (asset JSON, Sigma YAML), so the table
 * keeps them as text, portable between H2 and PostgreSQL.
 */
@ApplicationScoped
public class JpaOutbox implements Outbox, OutboxStore {
    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** What the health check shows. */
    public record Backlog(long pending, Optional<Instant> oldest, Optional<String> lastError) {
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(Topic topic, String key, byte[] value) {
        OutboxEntity e = new OutboxEntity();
        e.topic = topic.baseName();
        e.recordKey = key;
        e.payload = value == null ? null : new String(value, StandardCharsets.UTF_8);
        e.createdAt = clock.instant().toString();
        em.persist(e);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxRecord> pending(int max) {
        return em.createQuery("select o from OutboxEntity o where o.sentAt is null order by o.id", OutboxEntity.class)
                .setMaxResults(max).getResultStream()
                .map(o -> new OutboxRecord(o.id, topic(o.topic), o.recordKey,
                        o.payload == null ? null : o.payload.getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markSent(List<Long> ids) {
        String now = clock.instant().toString();
        em.createQuery("update OutboxEntity o set o.sentAt = :now, o.lastError = null where o.id in :ids")
                .setParameter("now", now).setParameter("ids", ids).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(long id, String error) {
        String text = error.length() > 2000 ? error.substring(0, 2000) : error;
        em.createQuery("update OutboxEntity o set o.attempts = o.attempts + 1, o.lastError = :e where o.id = :id")
                .setParameter("e", text).setParameter("id", id).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Backlog backlog() {
        long pending = em.createQuery("select count(o) from OutboxEntity o where o.sentAt is null", Long.class).getSingleResult();
        Optional<OutboxEntity> oldest = em.createQuery("select o from OutboxEntity o where o.sentAt is null order by o.id",
                OutboxEntity.class).setMaxResults(1).getResultStream().findFirst();
        return new Backlog(pending, oldest.map(o -> Instant.parse(o.createdAt)), oldest.map(o -> o.lastError));
    }

    private static Topic topic(String baseName) {
        for (Topic t : Topic.values()) {
            if (t.baseName().equals(baseName)) {
                return t;
            }
        }
        throw new IllegalStateException("outbox row for an unknown topic " + baseName);
    }
}
