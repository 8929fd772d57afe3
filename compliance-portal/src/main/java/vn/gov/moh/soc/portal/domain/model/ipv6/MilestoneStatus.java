package vn.gov.moh.soc.portal.domain.model.ipv6;

/** A milestone's progress. */
public enum MilestoneStatus {
    PLANNED("Chưa thực hiện"), IN_PROGRESS("Đang thực hiện"), DONE("Hoàn thành");

    private final String vietnameseName;

    MilestoneStatus(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
