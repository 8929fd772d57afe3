package vn.gov.moh.soc.portal.domain.model.system;

/**
 * Whether a system directly controls physical operations (hệ thống điều khiển công nghiệp), graded
 * by the importance of the facility it runs. The grades follow our reading of Arts. 9–11 and are
 * unconfirmed; see the criteria table.
 */
public enum IndustrialControl {
    NONE,
    /** Controls an ordinary facility (e.g. a hospital's building management, medical gas). */
    FACILITY,
    /** Controls an important facility of a sector or a province. */
    MAJOR_FACILITY,
    /** Controls a facility important to national security. */
    NATIONAL_SECURITY_FACILITY
}
