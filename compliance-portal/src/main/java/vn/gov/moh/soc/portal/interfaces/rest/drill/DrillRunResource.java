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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.drill.DrillRunService;
import vn.gov.moh.soc.portal.domain.model.drill.DrillId;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillMeasurement;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRun;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRunId;
import vn.gov.moh.soc.portal.infrastructure.json.DrillRunJson;
import vn.gov.moh.soc.portal.interfaces.rest.CallerFactory;
import vn.gov.moh.soc.portal.interfaces.rest.PathIds;
import vn.gov.moh.soc.portal.interfaces.rest.RequestFields;

/**
 * Runs of a drill on the real pipeline: started (202: the steps are injected after the answer),
 * listed and read with their measured times. Whoever reads the drill reads its runs.
 */
@Path("/drills/{id}/runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.OFFICER, Caller.AUDITOR, Caller.ADMIN, Caller.ANALYST})
@SecurityRequirement(name = "keycloak")
public class DrillRunResource {
    @Inject
    DrillRunService runs;
    @Inject
    CallerFactory callers;
    @Context
    UriInfo uri;

    /** The body of a start: the participating unit, the steps' plays in order, the wait for a detection. */
    public static class Start {
        public String unit;
        public List<String> steps;
        public Long detectionWaitSeconds;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.OFFICER, Caller.ADMIN, Caller.ANALYST})
    public Response start(@PathParam("id") long id, Start request) {
        Start body = RequestFields.body(request);
        DrillId drill = PathIds.drill(id);
        DrillRun run = runs.start(callers.caller(), drill, RequestFields.unit("unit", body.unit), body.steps,
                body.detectionWaitSeconds == null ? 300 : body.detectionWaitSeconds);
        // Nothing is injected yet: no alert to read, every step not injected.
        return Response.accepted(DrillRunJson.run(run, DrillMeasurement.of(run, List.of(), java.time.Instant.now())))
                .location(uri.getAbsolutePathBuilder().path(run.id().toString()).build()).build();
    }

    @GET
    public JsonObject list(@PathParam("id") long id) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        runs.list(callers.caller(), PathIds.drill(id)).forEach(m -> items.add(DrillRunJson.run(m.run(), m.measurement())));
        return Json.createObjectBuilder().add("items", items).build();
    }

    @GET
    @Path("{run}")
    public JsonObject read(@PathParam("id") long id, @PathParam("run") long run) {
        if (run <= 0) {
            throw new jakarta.ws.rs.NotFoundException("no drill run " + run);
        }
        DrillRunService.Measured m = runs.read(callers.caller(), PathIds.drill(id), new DrillRunId(run));
        return DrillRunJson.run(m.run(), m.measurement());
    }
}
