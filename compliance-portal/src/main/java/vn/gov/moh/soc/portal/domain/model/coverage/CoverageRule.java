package vn.gov.moh.soc.portal.domain.model.coverage;

/**
 * When a system counts as monitored. {@link #ALL_HOSTS} is the default: an attacker who works on
 * the one silent server of a system is not seen at all, so a system with a host that does not ship
 * is a blind spot, not "mostly monitored". {@link #ANY_HOST} suits a unit whose agents run on
 * collectors that name only some of a system's hosts.
 */
public enum CoverageRule {
    /** Every host the system declares shipped within the window. */
    ALL_HOSTS,
    /** At least one of them did. */
    ANY_HOST
}
