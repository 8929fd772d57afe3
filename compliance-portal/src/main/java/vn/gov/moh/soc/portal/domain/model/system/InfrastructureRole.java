package vn.gov.moh.soc.portal.domain.model.system;

/** Whether a system is information infrastructure (hạ tầng thông tin) for others, and for whom. */
public enum InfrastructureRole {
    NONE,
    /** Serves the operation of one agency or organization. */
    ONE_AGENCY,
    /** Shared by the agencies of a sector or of a province. */
    SHARED_SECTOR_OR_PROVINCE,
    /** Shared by agencies nationwide. */
    SHARED_NATIONAL
}
