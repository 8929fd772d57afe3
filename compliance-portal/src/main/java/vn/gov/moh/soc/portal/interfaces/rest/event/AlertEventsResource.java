package vn.gov.moh.soc.portal.interfaces.rest.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.event.AlertEvents;
import vn.gov.moh.soc.portal.application.event.EventSearchService;
import vn.gov.moh.soc.portal.interfaces.rest.CallerFactory;

/**
 * {@code /alerts/{id}/events}: the events an alert was raised on. A resource of its own next to
 * the alert queue's {@code /alerts}: JAX-RS matches this longer literal path first.
 */
@Path("/alerts/{id}/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.ANALYST, Caller.ADMIN, Caller.AUDITOR, Caller.OFFICER})
@SecurityRequirement(name = "keycloak")
public class AlertEventsResource {
    @Inject
    EventSearchService events;
    @Inject
    CallerFactory callers;

    @GET
    @Operation(summary = "The source events of an alert", description = "The events its soc.alert.event_ids name, oldest first; "
            + "missing: ids not (or no longer) in the events indices")
    public JsonObject events(@PathParam("id") String id) {
        AlertEvents found = events.alertEvents(callers.caller(), id);
        JsonArrayBuilder missing = Json.createArrayBuilder();
        found.missing().forEach(missing::add);
        return Json.createObjectBuilder().add("alert", found.alert().id())
                .add("rule", found.alert().ruleId() == null ? "" : found.alert().ruleId())
                .add("events", EventJsonView.hits(found.events())).add("missing", missing).build();
    }
}
