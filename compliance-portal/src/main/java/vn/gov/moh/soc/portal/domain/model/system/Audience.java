package vn.gov.moh.soc.portal.domain.model.system;

/** Whom a system serves. */
public enum Audience {
    /** Phục vụ hoạt động nội bộ: the owner's own staff and operations. */
    INTERNAL,
    /** Phục vụ người dân, doanh nghiệp. */
    CITIZENS_AND_BUSINESSES
}
