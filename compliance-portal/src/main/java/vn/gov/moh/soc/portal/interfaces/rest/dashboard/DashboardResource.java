package vn.gov.moh.soc.portal.interfaces.rest.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.dashboard.DashboardService;
import vn.gov.moh.soc.portal.interfaces.rest.CallerFactory;

/**
 * {@code GET /dashboard}: every figure of the compliance dashboard in one answer (one call of the
 * service, a fixed number of queries), for the units the caller may read. Read only: no method here changes anything.
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
    CallerFactory callers;

    @GET
    public JsonObject figures() {
        return DashboardJson.dashboard(dashboard.dashboard(callers.caller()));
    }
}
