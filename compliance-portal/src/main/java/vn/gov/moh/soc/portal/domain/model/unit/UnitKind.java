package vn.gov.moh.soc.portal.domain.model.unit;

/** What kind of body a unit is; Vietnamese names as the sector writes them. */
public enum UnitKind {
    MINISTRY("Bộ Y tế"),
    MINISTRY_DEPARTMENT("Vụ, Cục, Tổng cục thuộc Bộ"),
    CENTRAL_HOSPITAL("Bệnh viện trực thuộc Bộ"),
    PROVINCIAL_HEALTH_DEPARTMENT("Sở Y tế"),
    PROVINCIAL_HOSPITAL("Bệnh viện tuyến tỉnh");

    private final String vietnameseName;

    UnitKind(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
