package vn.gov.moh.soc.portal.interfaces.rest.pipeline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.pipeline.PipelineRepublication;
import vn.gov.moh.soc.portal.interfaces.rest.CallerFactory;

@Path("/pipeline")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "keycloak")
public class PipelineResource {
    @Inject
    PipelineRepublication republication;
    @Inject
    CallerFactory callers;

    /** Sends every system's asset and every published rule again (they are sent after this returns). */
    @POST
    @Path("republish")
    @RolesAllowed(Caller.ADMIN)
    public JsonObject republish() {
        PipelineRepublication.Counts c = republication.republishAll(callers.caller());
        return Json.createObjectBuilder().add("systems", c.systems()).add("rules", c.rules()).build();
    }
}
