package vn.gov.moh.soc.portal.interfaces.rest.rule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.pipeline.RuleOverview;
import vn.gov.moh.soc.portal.application.pipeline.RuleOverviewService;
import vn.gov.moh.soc.portal.interfaces.rest.CallerFactory;

/**
 * {@code /rule-overview}: the rules page's list as JSON. Not under {@code /rules}, where every
 * segment after it is a rule id.
 */
@Path("/rule-overview")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.ANALYST, Caller.ADMIN, Caller.AUDITOR})
@SecurityRequirement(name = "keycloak")
public class RuleOverviewResource {
    @Inject
    RuleOverviewService overview;
    @Inject
    CallerFactory callers;

    @GET
    @Operation(summary = "Every rule with its alerts", description = "Rules published or disabled through the portal and rules "
            + "seen in the alerts (the job's files), with alerts in the last 24 hours and in all; counts -1 and "
            + "countsUnavailable when Elasticsearch does not answer")
    public JsonObject list() {
        RuleOverview o = overview.overview(callers.caller());
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (RuleOverview.Row r : o.rules()) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("id", r.id()).add("title", r.title() == null ? r.id() : r.title())
                    .add("origin", r.origin().name()).add("status", r.status().name())
                    .add("alertsRecent", r.recent()).add("alertsTotal", r.total());
            if (r.level() != null) {
                b.add("level", r.level());
            }
            items.add(b);
        }
        JsonObjectBuilder body = Json.createObjectBuilder().add("since", o.since().toString()).add("items", items);
        if (o.countsUnavailable() != null) {
            body.add("countsUnavailable", o.countsUnavailable());
        }
        return body.build();
    }
}
