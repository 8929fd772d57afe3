package vn.gov.moh.soc.portal.application;

import java.util.Objects;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * Who calls: the user name, the roles (the token's {@code groups}) and the unit (its {@code unit}
 * claim; null when the token has none, which leaves an officer with nothing to see).
 */
public record Caller(String name, Set<String> roles, UnitId unit) {
    public static final String OFFICER = "unit-security-officer";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    public static final String ANALYST = "soc-analyst";

    public Caller {
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
    }

    /**
     * The caller that a verified token describes, whichever way it came (a bearer token on the REST
     * API, the ID token of a browser login). A malformed unit claim leaves an officer with nothing,
     * never with everything.
     */
    public static Caller fromClaims(String name, Set<String> groups, String unitClaim) {
        UnitId unit = null;
        if (unitClaim != null) {
            try {
                unit = UnitId.of(unitClaim);
            } catch (IllegalArgumentException e) {
                unit = null;
            }
        }
        return new Caller(name, groups == null ? Set.of() : groups, unit);
    }

    public boolean is(String role) {
        return roles.contains(role);
    }
}
