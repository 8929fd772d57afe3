package vn.gov.moh.soc.portal.domain.model.system;

/** How far a system's data reaches. */
public enum SystemScope {
    /** One unit's own data. */
    SINGLE_UNIT,
    /** A whole sector or a province (e.g. the health sector's shared records, a province's hospitals). */
    SECTOR_OR_PROVINCE,
    /** A national database (cơ sở dữ liệu quốc gia). */
    NATIONAL_DATABASE
}
