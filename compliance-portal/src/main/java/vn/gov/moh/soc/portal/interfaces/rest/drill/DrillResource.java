package vn.gov.moh.soc.portal.interfaces.rest.drill;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.DrillService;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.LocalDay;
import vn.gov.moh.soc.portal.domain.model.drill.Drill;
import vn.gov.moh.soc.portal.infrastructure.json.GovernanceJson;
import vn.gov.moh.soc.portal.interfaces.rest.CallerFactory;
import vn.gov.moh.soc.portal.interfaces.rest.PathIds;
import vn.gov.moh.soc.portal.interfaces.rest.RequestFields;

/** Drills. SOC analysts read them too (the reason is at {@code AccessPolicy.drillReadableUnits}). */
@Path("/drills")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.OFFICER, Caller.AUDITOR, Caller.ADMIN, Caller.ANALYST})
@SecurityRequirement(name = "keycloak")
public class DrillResource {
    @Inject
    DrillService drills;
    @Inject
    CallerFactory callers;
    @Context
    UriInfo uri;

    /** The annual plans the caller may see: the drills of {@code year} (all years without it), by planned start. */
    @GET
    public JsonObject list(@QueryParam("year") Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidFieldException("year", "year is 2000 to 2100: " + year);
        }
        LocalDate today = LocalDay.today();
        JsonArrayBuilder items = Json.createArrayBuilder();
        drills.list(callers.caller(), year).forEach(d -> items.add(json(d, today)));
        var o = Json.createObjectBuilder();
        if (year != null) {
            o.add("year", year);
        }
        return o.add("items", items).build();
    }

    @GET
    @Path("{id}")
    public JsonObject read(@PathParam("id") long id) {
        return json(drills.read(callers.caller(), PathIds.drill(id)), LocalDay.today());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.OFFICER, Caller.ADMIN})
    public Response create(DrillRequests.Plan request) {
        Drill saved = drills.create(callers.caller(), RequestFields.body(request).toDomain());
        return Response.created(uri.getAbsolutePathBuilder().path(saved.id().toString()).build()).entity(json(saved, LocalDay.today())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.OFFICER, Caller.ADMIN})
    public JsonObject update(@PathParam("id") long id, DrillRequests.Plan request) {
        return json(drills.update(callers.caller(), PathIds.drill(id), RequestFields.body(request).toDomain()), LocalDay.today());
    }

    @PUT
    @Path("{id}/execution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.OFFICER, Caller.ADMIN})
    public JsonObject execution(@PathParam("id") long id, DrillRequests.Execution request) {
        return json(drills.recordExecution(callers.caller(), PathIds.drill(id), RequestFields.body(request).toDomain()), LocalDay.today());
    }

    private static JsonObject json(Drill d, LocalDate today) {
        Drill.Status status = d.status(today);
        return Json.createObjectBuilder(GovernanceJson.drill(d)).add("scopeName", d.scope().vietnameseName())
                .add("status", status.name()).add("statusName", status.vietnameseName()).build();
    }
}
