package vn.gov.moh.soc.portal.interfaces.rest.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.AuditService;
import vn.gov.moh.soc.portal.domain.model.audit.ChainVerification;
import vn.gov.moh.soc.portal.interfaces.rest.CallerFactory;

@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class AuditResource {
    @Inject
    AuditService audit;
    @Inject
    CallerFactory callers;

    /** Walks the whole chain; {@code intact} is false with the problems when a record was altered or removed. */
    @GET
    @Path("verification")
    @RolesAllowed({Caller.AUDITOR, Caller.ADMIN})
    public JsonObject verify() {
        ChainVerification v = audit.verify(callers.caller());
        JsonArrayBuilder problems = Json.createArrayBuilder();
        v.problems().forEach(problems::add);
        return Json.createObjectBuilder().add("intact", v.intact()).add("records", v.records()).add("problems", problems).build();
    }
}
