package vn.gov.moh.soc.portal.domain.model.system;

/** The classes of information of Decree 85, Art. 6, other than state secrets (see {@link StateSecretGrade}). */
public enum InformationCategory {
    /** Thông tin công cộng: may be published. */
    PUBLIC,
    /** Thông tin riêng: an organization's information not for the public. */
    PRIVATE,
    /** Thông tin cá nhân: information that identifies a person. */
    PERSONAL
}
