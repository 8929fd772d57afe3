package vn.gov.moh.soc.portal.domain.model.report;

/**
 * The reports the portal builds, with the scope each needs and its Vietnamese title (the PDF's
 * heading; the file name takes {@link #fileStem()}).
 */
public enum ReportKind {
    /** Every unit's and system's compliance: levels, dossiers, checklists, the 4 layers. */
    SECTOR_COMPLIANCE(Needs.NOTHING, "Báo cáo tình hình bảo đảm an toàn hệ thống thông tin theo cấp độ toàn ngành Y tế", "bao-cao-toan-nganh"),
    /** One unit and the units below it, the same content. */
    UNIT_COMPLIANCE(Needs.UNIT, "Báo cáo tình hình bảo đảm an toàn hệ thống thông tin theo cấp độ của đơn vị", "bao-cao-don-vi"),
    /** One system: its classification, level, dossier and checklist. */
    SYSTEM_DOSSIER(Needs.SYSTEM, "Tóm tắt hồ sơ đề xuất cấp độ và tình hình đáp ứng yêu cầu của hệ thống thông tin", "tom-tat-ho-so"),
    /** The drills of a year, planned and held. */
    ANNUAL_DRILLS(Needs.YEAR, "Báo cáo kết quả diễn tập an toàn thông tin mạng năm", "bao-cao-dien-tap");

    /** Which one scope field the kind needs (the others must be absent). */
    public enum Needs { NOTHING, UNIT, SYSTEM, YEAR }

    private final Needs needs;
    private final String vietnameseTitle;
    private final String fileStem;

    ReportKind(Needs needs, String vietnameseTitle, String fileStem) {
        this.needs = needs;
        this.vietnameseTitle = vietnameseTitle;
        this.fileStem = fileStem;
    }

    public Needs needs() {
        return needs;
    }

    public String vietnameseTitle() {
        return vietnameseTitle;
    }

    /** ASCII, so that every browser saves the file under a readable name. */
    public String fileStem() {
        return fileStem;
    }
}
