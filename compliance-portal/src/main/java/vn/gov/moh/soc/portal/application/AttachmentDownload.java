package vn.gov.moh.soc.portal.application;

import java.io.InputStream;
import vn.gov.moh.soc.portal.domain.model.attachment.Attachment;

/**
 * An attachment to send: its metadata (name, type, checksum) and its content, checked against
 * the checksum when opened. The caller closes the stream.
 */
public record AttachmentDownload(Attachment attachment, InputStream content) {
}
