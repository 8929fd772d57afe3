package vn.gov.moh.soc.portal.interfaces.rest.coverage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.CoverageService;
import vn.gov.moh.soc.portal.application.SectorCoverage;
import vn.gov.moh.soc.portal.application.UnitCoverage;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.infrastructure.json.CoverageJson;
import vn.gov.moh.soc.portal.interfaces.rest.CallerFactory;
import vn.gov.moh.soc.portal.interfaces.rest.PathIds;

/**
 * Monitoring coverage: {@code GET /coverage} (every unit the caller may read, the data center's
 * figure, agents that stand for no declared host) and {@code GET /coverage/units/{unit}}.
 */
@Path("/coverage")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.OFFICER, Caller.ANALYST, Caller.AUDITOR, Caller.ADMIN})
@SecurityRequirement(name = "keycloak")
public class CoverageResource {
    @Inject
    CoverageService coverage;
    @Inject
    CallerFactory callers;

    @GET
    public JsonObject sector() {
        SectorCoverage s = coverage.sector(callers.caller());
        JsonArrayBuilder units = Json.createArrayBuilder();
        s.units().forEach(u -> units.add(unit(u, s.at())));
        JsonArrayBuilder dataCenterUnits = Json.createArrayBuilder();
        s.dataCenterUnits().stream().map(UnitId::value).sorted().forEach(dataCenterUnits::add);
        JsonArrayBuilder unmatched = Json.createArrayBuilder();
        s.unmatched().forEach(h -> unmatched.add(CoverageJson.heartbeat(h, s.at())));
        return settings(Json.createObjectBuilder(), s.at(), s)
                .add("dataCenter", Json.createObjectBuilder(CoverageJson.figure(s.dataCenter())).add("units", dataCenterUnits))
                .add("units", units).add("unmatchedAgents", unmatched).build();
    }

    @GET
    @Path("units/{unit}")
    public JsonObject unit(@PathParam("unit") String unit) {
        Instant now = Instant.now();
        return unit(coverage.unit(callers.caller(), PathIds.unit(unit)), now);
    }

    private static JsonObjectBuilder settings(JsonObjectBuilder b, Instant at, SectorCoverage s) {
        return b.add("at", at.toString()).add("windowMinutes", s.assessment().window().toMinutes())
                .add("monitoredWhen", s.assessment().rule().name());
    }

    private static JsonObject unit(UnitCoverage u, Instant now) {
        JsonArrayBuilder systems = Json.createArrayBuilder();
        u.systems().forEach(s -> systems.add(CoverageJson.system(s, now)));
        return Json.createObjectBuilder().add("unit", u.unit().id().value()).add("name", u.unit().name())
                .add("figure", CoverageJson.figure(u.figure())).add("systems", systems).build();
    }
}
