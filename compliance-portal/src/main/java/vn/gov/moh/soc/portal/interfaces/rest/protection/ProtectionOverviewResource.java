package vn.gov.moh.soc.portal.interfaces.rest.protection;

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
import vn.gov.moh.soc.portal.application.ProtectionService;
import vn.gov.moh.soc.portal.application.ProtectionStatus;
import vn.gov.moh.soc.portal.interfaces.rest.CallerFactory;

/** Which of the units the caller may read have the whole 4-layer model, and each layer's state. */
@Path("/protection")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.OFFICER, Caller.AUDITOR, Caller.ADMIN})
@SecurityRequirement(name = "keycloak")
public class ProtectionOverviewResource {
    @Inject
    ProtectionService protection;
    @Inject
    CallerFactory callers;

    @GET
    public JsonObject overview() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        int complete = 0;
        for (ProtectionStatus s : protection.overview(callers.caller())) {
            complete += s.complete() ? 1 : 0;
            JsonArrayBuilder states = Json.createArrayBuilder();
            s.layers().forEach(l -> states.add(l.state().name()));
            items.add(Json.createObjectBuilder().add("unit", s.declared().unit().value()).add("complete", s.complete()).add("layers", states));
        }
        return Json.createObjectBuilder().add("complete", complete).add("items", items).build();
    }
}
