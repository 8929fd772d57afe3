package vn.gov.moh.soc.portal.domain.model.requirement;

/** The two halves of the standard: what the organization does, and how the system is built and configured. */
public enum RequirementKind {
    MANAGEMENT("Yêu cầu quản lý"),
    TECHNICAL("Yêu cầu kỹ thuật");

    private final String vietnameseName;

    RequirementKind(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
