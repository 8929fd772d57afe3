package vn.gov.moh.soc.portal.interfaces.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.HashSet;
import java.util.Set;
import vn.gov.moh.soc.portal.application.AccessPolicy;
import vn.gov.moh.soc.portal.application.Caller;

/**
 * The logged-in browser user as the application's {@link Caller}: roles from the ID token's
 * {@code groups} claim and the unit from its {@code unit} claim, the same claims the REST API reads
 * from bearer tokens, so that pages and API apply one {@link AccessPolicy}.
 */
@Named("me")
@RequestScoped
public class BrowserCaller {
    @Inject
    OpenIdContext openId;
    @Inject
    SecurityContext security;

    private Caller caller;

    public Caller caller() {
        if (caller == null) {
            JwtClaims claims = openId.getIdentityToken().getJwtClaims();
            Set<String> groups = new HashSet<>(claims.getArrayStringClaim("groups"));
            String name = security.getCallerPrincipal() == null ? openId.getSubject() : security.getCallerPrincipal().getName();
            caller = Caller.fromClaims(name, groups, claims.getStringClaim("unit").orElse(null));
        }
        return caller;
    }

    public String getName() {
        return caller().name();
    }

    public String getUnit() {
        return caller().unit() == null ? "" : caller().unit().value();
    }

    /** Whether the user's role changes anything at all: pages hide edit controls otherwise (the services refuse anyway). */
    public boolean isMayChange() {
        return caller().is(Caller.OFFICER) || caller().is(Caller.ADMIN);
    }

    public boolean isMayVerifyAudit() {
        return AccessPolicy.canVerifyAudit(caller());
    }

    /** Whether the incidents menu shows: analysts, admins, auditors, officers with a unit. */
    public boolean isMayReadIncidents() {
        Caller c = caller();
        return AccessPolicy.canHandleIncidents(c) || c.is(Caller.AUDITOR) || c.is(Caller.OFFICER) && c.unit() != null;
    }

    /** Whether the SOC console's alert queue is in the menu: every role reads some alerts. */
    public boolean isMayReadAlerts() {
        Caller c = caller();
        return c.is(Caller.ANALYST) || c.is(Caller.ADMIN) || c.is(Caller.AUDITOR) || c.is(Caller.OFFICER);
    }

    /** The event search's menu entry: the SOC, auditors, admins, and officers for their own units' events. */
    public boolean isMaySearchEvents() {
        Caller c = caller();
        return c.is(Caller.ANALYST) || c.is(Caller.AUDITOR) || c.is(Caller.ADMIN) || (c.is(Caller.OFFICER) && c.unit() != null);
    }

    /** The compliance dashboard's menu entry: officers (their subtree), auditors, admins and the SOC (the sector). */
    public boolean isMayReadDashboard() {
        Caller c = caller();
        return c.is(Caller.AUDITOR) || c.is(Caller.ADMIN) || c.is(Caller.ANALYST) || c.is(Caller.OFFICER) && c.unit() != null;
    }

    /** The rules page's menu entry: those who read the rules (officers do not: detection is the SOC's business). */
    public boolean isMayReadRules() {
        Caller c = caller();
        return c.is(Caller.ANALYST) || c.is(Caller.AUDITOR) || c.is(Caller.ADMIN);
    }

    public String getRoles() {
        return String.join(", ", caller().roles());
    }
}
