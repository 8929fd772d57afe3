package vn.gov.moh.soc.portal.domain.model.attachment;

import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An accepted file. Immutable: a changed document is a new attachment, so every dossier version
 * keeps pointing at the bytes it was submitted with.
 *
 * @param id         null until stored
 * @param dossier    the dossier's id
 * @param version    the dossier version it was uploaded into
 * @param kind       what it is in the dossier
 * @param fileName   the name the uploader gave, without any folder
 * @param mediaType  the type read from the content (not the one the client declared)
 * @param size       bytes
 * @param sha256     hex SHA-256 of the content, also the key of the stored bytes
 * @param scan       what the virus scanner said
 * @param uploadedBy user name
 * @param uploadedAt when
 */
public record Attachment(AttachmentId id, long dossier, int version, AttachmentKind kind, String fileName, String mediaType,
                         long size, String sha256, ScanResult scan, String uploadedBy, Instant uploadedAt) {
    public Attachment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(scan, "scan");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        if (sha256 == null || sha256.length() != 64) {
            throw new IllegalArgumentException("a SHA-256 checksum is 64 hex digits: " + sha256);
        }
        HexFormat.of().parseHex(sha256);
    }

    public Attachment withId(AttachmentId value) {
        return new Attachment(value, dossier, version, kind, fileName, mediaType, size, sha256, scan, uploadedBy, uploadedAt);
    }
}
