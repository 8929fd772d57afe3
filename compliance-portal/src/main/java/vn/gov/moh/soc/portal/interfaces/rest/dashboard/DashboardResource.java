package vn.gov.moh.soc.portal.interfaces.rest.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.dashboard.DashboardService;
import vn.gov.moh.soc.portal.application.dashboard.Ipv6TrafficService;
import vn.gov.moh.soc.portal.interfaces.rest.CallerFactory;

/**
 * {@code GET /dashboard}: every figure of the compliance dashboard in one answer (one call of the
 * service, a fixed number of queries), for the units the caller may read; {@code GET /dashboard/ipv6-traffic}: IPv6 from the events. Read only: no method here changes anything.
 */
@Path("/dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.OFFICER, Caller.ANALYST, Caller.AUDITOR, Caller.ADMIN})
@SecurityRequirement(name = "keycloak")
public class DashboardResource {
    @Inject
    DashboardService dashboard;
    @Inject
    Ipv6TrafficService traffic;
    @Inject
    CallerFactory callers;

    static final int DEFAULT_MONTHS = 12;

    @GET
    public JsonObject figures() {
        return DashboardJson.dashboard(dashboard.dashboard(callers.caller()));
    }

    /**
     * IPv6 measured from the events of the last {@code months} months (default 12, at most 36) per
     * unit and system, the plans, and the dual-stack plans without IPv6 traffic; 503 when
     * Elasticsearch does not answer.
     */
    @GET
    @Path("ipv6-traffic")
    public JsonObject ipv6Traffic(@QueryParam("months") String months) {
        return DashboardJson.traffic(traffic.report(callers.caller(), months(months)));
    }

    private static int months(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_MONTHS;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("months", "a whole number of months, not '" + value + "'");
        }
    }
}
