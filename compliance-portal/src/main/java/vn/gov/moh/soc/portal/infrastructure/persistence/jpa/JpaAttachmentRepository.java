package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.gov.moh.soc.portal.domain.model.attachment.Attachment;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentId;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentRepository;

@ApplicationScoped
public class JpaAttachmentRepository implements AttachmentRepository {
    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Attachment save(Attachment attachment) {
        AttachmentEntity e = AttachmentEntity.of(attachment);
        em.persist(e);
        em.flush();
        return attachment.withId(new AttachmentId(e.id()));
    }

    @Override
    public Optional<Attachment> find(AttachmentId id) {
        return Optional.ofNullable(em.find(AttachmentEntity.class, id.value())).map(AttachmentEntity::toDomain);
    }

    @Override
    public List<Attachment> ofDossier(long dossier) {
        return em.createQuery("select a from AttachmentEntity a where a.dossierId = :d order by a.id", AttachmentEntity.class)
                .setParameter("d", dossier).getResultList().stream().map(AttachmentEntity::toDomain).toList();
    }
}
