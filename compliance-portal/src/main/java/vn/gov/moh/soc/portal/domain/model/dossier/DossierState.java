package vn.gov.moh.soc.portal.domain.model.dossier;

/** Where a dossier stands; the Vietnamese names are the portal's UI labels. */
public enum DossierState {
    DRAFT("Dự thảo"),
    SUBMITTED("Đã nộp"),
    UNDER_APPRAISAL("Đang thẩm định"),
    RETURNED_FOR_REVISION("Trả lại để bổ sung, chỉnh sửa"),
    APPROVED("Đã phê duyệt"),
    REJECTED("Không phê duyệt");

    private final String vietnamese;

    DossierState(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }

    /** The owner may change the content and the attachments only here. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED_FOR_REVISION;
    }

    /** Not decided yet: a system has at most one open dossier. */
    public boolean open() {
        return this != APPROVED && this != REJECTED;
    }
}
