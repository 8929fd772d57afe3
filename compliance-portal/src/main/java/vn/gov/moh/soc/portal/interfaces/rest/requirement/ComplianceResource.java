package vn.gov.moh.soc.portal.interfaces.rest.requirement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.RequirementService;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.interfaces.rest.CallerFactory;
import vn.gov.moh.soc.portal.interfaces.rest.RequestFields;

/** The compliance summary of every system the caller may read. */
@Path("/compliance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.OFFICER, Caller.AUDITOR, Caller.ADMIN})
@SecurityRequirement(name = "keycloak")
public class ComplianceResource {
    @Inject
    RequirementService requirements;
    @Inject
    CallerFactory callers;

    /** Per system: its level, where the level came from, and the summary; of one owner with {@code owner}. */
    @GET
    public JsonObject summaries(@QueryParam("owner") String owner) {
        UnitId only = RequestFields.optionalUnit("owner", owner);
        JsonArrayBuilder items = Json.createArrayBuilder();
        requirements.checklists(callers.caller(), only).forEach(c -> items.add(RequirementJson.header(c)));
        return Json.createObjectBuilder().add("items", items).build();
    }
}
