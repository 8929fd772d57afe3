package vn.gov.moh.soc.portal.domain.model.requirement;

/** How far a system meets one requirement. */
public enum AssessmentStatus {
    COMPLIANT("Đáp ứng"),
    PARTIAL("Đáp ứng một phần"),
    NON_COMPLIANT("Chưa đáp ứng"),
    /** Does not concern this system (e.g. no outsourced development); needs a reason. */
    NOT_APPLICABLE("Không áp dụng");

    private final String vietnameseName;

    AssessmentStatus(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
