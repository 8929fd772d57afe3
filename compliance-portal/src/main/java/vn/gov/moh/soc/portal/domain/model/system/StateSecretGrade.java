package vn.gov.moh.soc.portal.domain.model.system;

/** The grade of state secret (bí mật nhà nước) a system processes, if any. */
public enum StateSecretGrade {
    NONE("Không"),
    CONFIDENTIAL("Mật"),
    SECRET("Tối mật"),
    TOP_SECRET("Tuyệt mật");

    private final String legalTerm;

    StateSecretGrade(String legalTerm) {
        this.legalTerm = legalTerm;
    }

    /** The grade as the law writes it. */
    public String legalTerm() {
        return legalTerm;
    }
}
