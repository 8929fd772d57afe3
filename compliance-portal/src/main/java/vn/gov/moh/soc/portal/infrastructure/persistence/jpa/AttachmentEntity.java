package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.gov.moh.soc.portal.domain.model.attachment.Attachment;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentId;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentKind;
import vn.gov.moh.soc.portal.domain.model.attachment.ScanResult;

/** An attachment's metadata; the bytes are in the attachment store under {@code sha256}. Never updated. */
@Entity
@Table(name = "dossier_attachment")
public class AttachmentEntity {
    @Id
    @SequenceGenerator(name = "dossier_attachment_seq", sequenceName = "dossier_attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_attachment_seq")
    private Long id;
    @Column(name = "dossier_id", nullable = false)
    private long dossierId;
    @Column(name = "version_number", nullable = false)
    private int versionNumber;
    @Column(nullable = false)
    private String kind;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "media_type", nullable = false)
    private String mediaType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(nullable = false)
    private String sha256;
    @Column(name = "scan_verdict", nullable = false)
    private String scanVerdict;
    @Column(name = "scan_engine", nullable = false)
    private String scanEngine;
    @Column(name = "scan_detail", nullable = false)
    private String scanDetail;
    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private String uploadedAt;

    static AttachmentEntity of(Attachment a) {
        AttachmentEntity e = new AttachmentEntity();
        e.dossierId = a.dossier();
        e.versionNumber = a.version();
        e.kind = a.kind().name();
        e.fileName = a.fileName();
        e.mediaType = a.mediaType();
        e.sizeBytes = a.size();
        e.sha256 = a.sha256();
        e.scanVerdict = a.scan().verdict().name();
        e.scanEngine = a.scan().engine();
        e.scanDetail = a.scan().detail();
        e.uploadedBy = a.uploadedBy();
        e.uploadedAt = a.uploadedAt().toString();
        return e;
    }

    Attachment toDomain() {
        return new Attachment(new AttachmentId(id), dossierId, versionNumber, AttachmentKind.valueOf(kind), fileName, mediaType,
                sizeBytes, sha256, new ScanResult(ScanResult.Verdict.valueOf(scanVerdict), scanEngine, scanDetail), uploadedBy,
                Instant.parse(uploadedAt));
    }

    long id() {
        return id;
    }

    AttachmentKind kind() {
        return AttachmentKind.valueOf(kind);
    }
}
