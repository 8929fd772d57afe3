package vn.gov.moh.soc.portal.domain.model.attachment;

import java.util.List;
import java.util.Optional;

/** The attachments' metadata. */
public interface AttachmentRepository {
    /** Saves a new attachment; returns it with its id. */
    Attachment save(Attachment attachment);

    Optional<Attachment> find(AttachmentId id);

    /** Every attachment ever uploaded into the dossier, oldest first. */
    List<Attachment> ofDossier(long dossier);
}
