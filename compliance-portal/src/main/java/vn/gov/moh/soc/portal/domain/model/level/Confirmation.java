package vn.gov.moh.soc.portal.domain.model.level;

/** Whether a criterion was read in a public copy of the decree or is our reading still to be checked. */
public enum Confirmation {
    CONFIRMED,
    UNCONFIRMED
}
