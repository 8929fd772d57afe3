package vn.gov.moh.soc.portal.domain.model.attachment;

import java.io.InputStream;

/** Keeps the bytes of accepted attachments, addressed by their SHA-256. */
public interface AttachmentStore {
    /**
     * Receives an upload into a temporary file while computing its checksum.
     *
     * @throws AttachmentRejectedException (too large) once more than {@code maxBytes} arrived; nothing is kept
     */
    StagedFile stage(InputStream content, long maxBytes);

    /** Makes a staged file permanent, or removes it again if the caller's transaction rolls back. */
    void keep(StagedFile file);

    /** Drops a staged file that was refused. */
    void discard(StagedFile file);

    /**
     * Opens an accepted file's content.
     *
     * @throws IllegalStateException if the stored bytes no longer match the checksum
     */
    InputStream open(Attachment attachment);
}
