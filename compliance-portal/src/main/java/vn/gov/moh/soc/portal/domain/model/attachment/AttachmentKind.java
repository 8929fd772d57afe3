package vn.gov.moh.soc.portal.domain.model.attachment;

/** What an attached file is in the dossier of Decree 85, Art. 15. */
public enum AttachmentKind {
    /** Art. 15(2): the preliminary design (new or upgraded system) or the approved design (system in operation). */
    DESIGN_DOCUMENT("Tài liệu thiết kế"),
    /** Art. 15(4): the security plan for the proposed level, as a document. */
    SECURITY_PLAN("Phương án bảo đảm an toàn hệ thống thông tin"),
    /** Art. 15(5): the specialized information-security unit's opinion, for levels 4 and 5. */
    SPECIALIST_OPINION("Ý kiến của đơn vị chuyên trách về an toàn thông tin"),
    /** Anything else the owner adds. */
    OTHER("Tài liệu khác");

    private final String vietnamese;

    AttachmentKind(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
