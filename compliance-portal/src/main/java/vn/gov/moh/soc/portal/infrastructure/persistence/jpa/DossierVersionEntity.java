package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentId;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentKind;
import vn.gov.moh.soc.portal.domain.model.dossier.AttachedFile;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierContent;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierVersion;

/** One version of a dossier with the ids of its attachments, in order. */
@Entity
@Table(name = "dossier_version")
public class DossierVersionEntity {
    @Id
    @SequenceGenerator(name = "dossier_version_seq", sequenceName = "dossier_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_version_seq")
    private Long id;
    @Column(name = "dossier_id", nullable = false)
    private long dossierId;
    @Column(name = "version_number", nullable = false)
    private int versionNumber;
    @Column(name = "proposed_level", nullable = false)
    private int proposedLevel;
    @Column(name = "computed_level", nullable = false)
    private int computedLevel;
    @Column(nullable = false)
    private String overview;
    @Column(name = "level_justification", nullable = false)
    private String levelJustification;
    @Column(name = "security_plan", nullable = false)
    private String securityPlan;
    @Column(name = "specialist_opinion", nullable = false)
    private String specialistOpinion;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at")
    private String submittedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dossier_version_attachment", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "attachment_id")
    private List<Long> attachmentIds = new ArrayList<>();

    void copyFrom(long dossier, DossierVersion v) {
        dossierId = dossier;
        versionNumber = v.number();
        proposedLevel = v.proposedLevel().number();
        computedLevel = v.computedLevel().number();
        overview = v.content().overview();
        levelJustification = v.content().levelJustification();
        securityPlan = v.content().securityPlan();
        specialistOpinion = v.content().specialistOpinion();
        submittedBy = v.submittedBy();
        submittedAt = v.submittedAt() == null ? null : v.submittedAt().toString();
        List<Long> ids = v.attachments().stream().map(f -> f.id().value()).toList();
        if (!attachmentIds.equals(ids)) {
            attachmentIds.clear();
            attachmentIds.addAll(ids);
        }
    }

    /** @param kinds the kind of each of the dossier's attachments, by id */
    DossierVersion toDomain(Map<Long, AttachmentKind> kinds) {
        List<AttachedFile> files = attachmentIds.stream().map(id -> new AttachedFile(new AttachmentId(id), kinds.get(id))).toList();
        return new DossierVersion(versionNumber, SecurityLevel.of(proposedLevel), SecurityLevel.of(computedLevel),
                new DossierContent(overview, levelJustification, securityPlan, specialistOpinion), files, submittedBy,
                submittedAt == null ? null : Instant.parse(submittedAt));
    }

    int versionNumber() {
        return versionNumber;
    }
}
