package vn.gov.moh.soc.portal.interfaces.rest.requirement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.RequirementService;
import vn.gov.moh.soc.portal.application.SystemChecklist;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.interfaces.rest.CallerFactory;
import vn.gov.moh.soc.portal.interfaces.rest.PathIds;
import vn.gov.moh.soc.portal.interfaces.rest.RequestFields;

/** A system's requirement checklist. A root resource of its own: its longer path wins over {@code /systems}. */
@Path("/systems/{id}/requirements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.OFFICER, Caller.AUDITOR, Caller.ADMIN})
@SecurityRequirement(name = "keycloak")
public class SystemRequirementResource {
    @Inject
    RequirementService requirements;
    @Inject
    CallerFactory callers;

    /** Every requirement of the system's level by group, with its assessment or gap, and the summaries. */
    @GET
    public JsonObject checklist(@PathParam("id") long id) {
        return RequirementJson.checklist(requirements.checklist(callers.caller(), systemId(id)));
    }

    /** Only what is not met (partial, non-compliant, not assessed), by group, with the summary. */
    @GET
    @Path("gaps")
    public JsonObject gaps(@PathParam("id") long id) {
        return RequirementJson.gaps(requirements.checklist(callers.caller(), systemId(id)));
    }

    /** Records the finding on one requirement; answers with that line and the new summary. */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.OFFICER, Caller.ADMIN})
    public JsonObject assess(@PathParam("id") long id, @PathParam("code") String code, AssessmentRequest request) {
        SystemChecklist c = requirements.assess(callers.caller(), systemId(id), code, RequestFields.body(request).toDomain());
        JsonObject line = c.checklist().entries().stream().filter(e -> e.requirement().code().equals(code)).findFirst()
                .map(RequirementJson::entry).orElseThrow();
        return RequirementJson.header(c).add("requirement", line).build();
    }

    private static SystemId systemId(long id) {
        return PathIds.system(id);
    }
}
