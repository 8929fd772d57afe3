package vn.gov.moh.soc.portal.interfaces.rest.protection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.ProtectionService;
import vn.gov.moh.soc.portal.application.ProtectionStatus;
import vn.gov.moh.soc.portal.domain.model.protection.LayerStatus;
import vn.gov.moh.soc.portal.infrastructure.json.GovernanceJson;
import vn.gov.moh.soc.portal.interfaces.rest.CallerFactory;
import vn.gov.moh.soc.portal.interfaces.rest.PathIds;
import vn.gov.moh.soc.portal.interfaces.rest.RequestFields;

/** A unit's 4-layer model. A root resource of its own: its longer path wins over {@code /units}. */
@Path("/units/{unit}/protection")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.OFFICER, Caller.AUDITOR, Caller.ADMIN})
@SecurityRequirement(name = "keycloak")
public class ProtectionResource {
    @Inject
    ProtectionService protection;
    @Inject
    CallerFactory callers;

    /** The declaration, the four layers with status and gaps, and whether the unit has the whole model. */
    @GET
    public JsonObject status(@PathParam("unit") String unit) {
        return json(protection.status(callers.caller(), PathIds.unit(unit)));
    }

    @PUT
    @Path("on-site-force")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.OFFICER, Caller.ADMIN})
    public JsonObject onSiteForce(@PathParam("unit") String unit, ProtectionRequests.OnSiteForce request) {
        return json(protection.setOnSiteForce(callers.caller(), PathIds.unit(unit), RequestFields.body(request).toDomain()));
    }

    @PUT
    @Path("monitoring")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.OFFICER, Caller.ADMIN})
    public JsonObject monitoring(@PathParam("unit") String unit, ProtectionRequests.Monitoring request) {
        return json(protection.setMonitoring(callers.caller(), PathIds.unit(unit), RequestFields.body(request).toDomain()));
    }

    @POST
    @Path("inspections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.OFFICER, Caller.ADMIN})
    public JsonObject inspection(@PathParam("unit") String unit, ProtectionRequests.InspectionRecord request) {
        return json(protection.addInspection(callers.caller(), PathIds.unit(unit), RequestFields.body(request).toDomain()));
    }

    @PUT
    @Path("national-connection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.OFFICER, Caller.ADMIN})
    public JsonObject nationalConnection(@PathParam("unit") String unit, ProtectionRequests.Connection request) {
        return json(protection.setNationalConnection(callers.caller(), PathIds.unit(unit), RequestFields.body(request).toDomain()));
    }

    private static JsonObject json(ProtectionStatus s) {
        JsonArrayBuilder layers = Json.createArrayBuilder();
        for (LayerStatus l : s.layers()) {
            JsonArrayBuilder gaps = Json.createArrayBuilder();
            l.gaps().forEach(g -> gaps.add(Json.createObjectBuilder().add("code", g.code()).add("message", g.message())));
            layers.add(Json.createObjectBuilder().add("layer", l.layer().number()).add("name", l.layer().name())
                    .add("nameVi", l.layer().vietnameseName()).add("status", l.state().name())
                    .add("statusName", l.state().vietnameseName()).add("gaps", gaps));
        }
        return Json.createObjectBuilder().add("unit", s.declared().unit().value()).add("complete", s.complete())
                .add("ownedSystems", GovernanceJson.ids(s.ownedSystems())).add("coveredSystems", GovernanceJson.ids(s.covered()))
                .add("layers", layers).add("declared", GovernanceJson.protection(s.declared())).build();
    }
}
