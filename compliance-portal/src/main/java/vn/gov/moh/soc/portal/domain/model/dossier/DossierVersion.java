package vn.gov.moh.soc.portal.domain.model.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.gov.moh.soc.core.asset.SecurityLevel;

/**
 * One round of the dossier: what the owner submitted (or is preparing). A submitted version is
 * never changed again; a return for revision opens the next version as a copy.
 *
 * @param number        1, 2, ...
 * @param proposedLevel the level proposed in this round (the officer's latest level proposal)
 * @param computedLevel what the rules computed for that proposal
 * @param content       the written parts
 * @param attachments   the files that belong to this version
 * @param submittedBy   null until submitted
 * @param submittedAt   null until submitted
 */
public record DossierVersion(int number, SecurityLevel proposedLevel, SecurityLevel computedLevel, DossierContent content,
                             List<AttachedFile> attachments, String submittedBy, Instant submittedAt) {
    public DossierVersion {
        if (number < 1) {
            throw new IllegalArgumentException("versions are numbered from 1: " + number);
        }
        Objects.requireNonNull(proposedLevel, "proposedLevel");
        Objects.requireNonNull(computedLevel, "computedLevel");
        Objects.requireNonNull(content, "content");
        attachments = List.copyOf(attachments);
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    DossierVersion withContent(DossierContent value, SecurityLevel proposed, SecurityLevel computed) {
        return new DossierVersion(number, proposed, computed, value, attachments, submittedBy, submittedAt);
    }

    DossierVersion withAttachments(List<AttachedFile> value) {
        return new DossierVersion(number, proposedLevel, computedLevel, content, value, submittedBy, submittedAt);
    }

    DossierVersion submittedBy(String actor, Instant at) {
        return new DossierVersion(number, proposedLevel, computedLevel, content, attachments, actor, at);
    }

    /** The next round, starting from this one's content and files. */
    DossierVersion next() {
        return new DossierVersion(number + 1, proposedLevel, computedLevel, content, attachments, null, null);
    }
}
