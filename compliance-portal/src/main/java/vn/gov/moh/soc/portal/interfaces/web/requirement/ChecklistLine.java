package vn.gov.moh.soc.portal.interfaces.web.requirement;

import java.io.Serializable;
import java.util.Date;
import vn.gov.moh.soc.portal.domain.model.requirement.AssessmentStatus;
import vn.gov.moh.soc.portal.domain.model.requirement.Checklist;
import vn.gov.moh.soc.portal.domain.model.requirement.Finding;

/**
 * One requirement of the checklist as the page shows and edits it: the catalog's texts, the
 * recorded finding, and the finding being typed (getters and setters, since Jakarta EL 5 does not
 * read record components and the inputs bind to fields).
 */
public final class ChecklistLine implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int index;
    private final String code;
    private final String groupCode;
    private final String groupTitleVi;
    private final String groupTitleEn;
    private final boolean firstOfGroup;
    private final int fromLevel;
    private final String titleVi;
    private final String titleEn;
    private final String descriptionVi;
    private final String descriptionEn;
    private final String recordedStatus;
    private final String gap;
    private final String assessedBy;
    private final Date assessedAt;
    private String status;
    private String evidence;
    private String evidenceLink;
    private String owner;
    private String reason;

    ChecklistLine(int index, Checklist.Entry e, boolean firstOfGroup) {
        this.index = index;
        this.code = e.requirement().code();
        this.groupCode = e.group().code();
        this.groupTitleVi = e.group().titleVi();
        this.groupTitleEn = e.group().titleEn();
        this.firstOfGroup = firstOfGroup;
        this.fromLevel = e.requirement().fromLevel().number();
        this.titleVi = e.requirement().titleVi();
        this.titleEn = e.requirement().titleEn();
        this.descriptionVi = e.requirement().descriptionVi();
        this.descriptionEn = e.requirement().descriptionEn();
        this.gap = e.gap().map(Enum::name).orElse(null);
        Finding f = e.assessment().map(a -> a.finding()).orElse(null);
        this.recordedStatus = f == null ? null : f.status().name();
        this.assessedBy = e.assessment().map(a -> a.assessedBy()).orElse(null);
        this.assessedAt = e.assessment().map(a -> Date.from(a.assessedAt())).orElse(null);
        this.status = recordedStatus;
        if (f != null) {
            this.evidence = f.evidence();
            this.evidenceLink = f.evidenceLink();
            this.owner = f.owner();
            this.reason = f.reason();
        }
    }

    /** The finding as typed; null status when none was chosen (the bean reports it next to the field). */
    Finding finding() {
        return new Finding(AssessmentStatus.valueOf(status), evidence, evidenceLink, owner, reason);
    }

    public int getIndex() {
        return index;
    }

    public String getCode() {
        return code;
    }

    public String getGroupCode() {
        return groupCode;
    }

    public String getGroupTitleVi() {
        return groupTitleVi;
    }

    public String getGroupTitleEn() {
        return groupTitleEn;
    }

    public boolean isFirstOfGroup() {
        return firstOfGroup;
    }

    public int getFromLevel() {
        return fromLevel;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getDescriptionVi() {
        return descriptionVi;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    /** The recorded status ({@code AssessmentStatus} name), null when not assessed yet. */
    public String getRecordedStatus() {
        return recordedStatus;
    }

    /** Why the line is a gap ({@code Checklist.GapReason} name), null when met or not applicable. */
    public String getGap() {
        return gap;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public Date getAssessedAt() {
        return assessedAt;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() ? null : status;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getEvidenceLink() {
        return evidenceLink;
    }

    public void setEvidenceLink(String evidenceLink) {
        this.evidenceLink = evidenceLink;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
