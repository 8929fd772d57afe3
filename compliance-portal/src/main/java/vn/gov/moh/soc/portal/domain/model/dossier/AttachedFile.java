package vn.gov.moh.soc.portal.domain.model.dossier;

import java.util.Objects;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentId;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentKind;

/** A version's reference to an attachment, with its kind (what the completeness check needs). */
public record AttachedFile(AttachmentId id, AttachmentKind kind) {
    public AttachedFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }
}
