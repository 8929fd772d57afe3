package vn.gov.moh.soc.portal.interfaces.rest.ipv6;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import vn.gov.moh.soc.portal.application.Ipv6PlanService;
import vn.gov.moh.soc.portal.application.LocalDay;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6Plan;
import vn.gov.moh.soc.portal.domain.model.ipv6.Milestone;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.infrastructure.json.GovernanceJson;
import vn.gov.moh.soc.portal.interfaces.rest.CallerFactory;
import vn.gov.moh.soc.portal.interfaces.rest.PathIds;
import vn.gov.moh.soc.portal.interfaces.rest.RequestFields;

@Path("/ipv6-plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.OFFICER, Caller.AUDITOR, Caller.ADMIN})
@SecurityRequirement(name = "keycloak")
public class Ipv6PlanResource {
    @Inject
    Ipv6PlanService plans;
    @Inject
    CallerFactory callers;
    @Context
    UriInfo uri;

    /** The plans the caller may see (of one unit with {@code unit}), each with its overdue milestones. */
    @GET
    public JsonObject list(@QueryParam("unit") String unit) {
        UnitId only = RequestFields.optionalUnit("unit", unit);
        LocalDate today = LocalDay.today();
        JsonArrayBuilder items = Json.createArrayBuilder();
        plans.list(callers.caller(), only).forEach(p -> items.add(json(p, today)));
        return Json.createObjectBuilder().add("items", items).build();
    }

    @GET
    @Path("{id}")
    public JsonObject read(@PathParam("id") long id) {
        return json(plans.read(callers.caller(), PathIds.ipv6Plan(id)), LocalDay.today());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.OFFICER, Caller.ADMIN})
    public Response create(Ipv6PlanRequest request) {
        Ipv6Plan saved = plans.create(callers.caller(), RequestFields.body(request).toDomain());
        return Response.created(uri.getAbsolutePathBuilder().path(saved.id().toString()).build()).entity(json(saved, LocalDay.today())).build();
    }

    /** Replaces the title and milestones; the unit and system stay those of the plan. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.OFFICER, Caller.ADMIN})
    public JsonObject update(@PathParam("id") long id, Ipv6PlanRequest request) {
        return json(plans.update(callers.caller(), PathIds.ipv6Plan(id), RequestFields.body(request).toDomain()), LocalDay.today());
    }

    private static JsonObject json(Ipv6Plan p, LocalDate today) {
        JsonArrayBuilder milestones = Json.createArrayBuilder();
        for (Milestone m : p.milestones()) {
            JsonObjectBuilder o = Json.createObjectBuilder(GovernanceJson.milestones(java.util.List.of(m)).getJsonObject(0))
                    .add("phaseName", m.phase().vietnameseName()).add("statusName", m.status().vietnameseName())
                    .add("overdue", m.overdueOn(today));
            milestones.add(o);
        }
        JsonObjectBuilder o = Json.createObjectBuilder(GovernanceJson.plan(p)).add("milestones", milestones)
                .add("overdueCount", p.overdueOn(today).size()).add("asOf", today.toString());
        p.currentPhase().ifPresentOrElse(ph -> o.add("currentPhase", ph.name()).add("currentPhaseName", ph.vietnameseName()),
                () -> o.add("currentPhase", "COMPLETED").add("currentPhaseName", "Hoàn thành chuyển đổi"));
        return o.build();
    }
}
