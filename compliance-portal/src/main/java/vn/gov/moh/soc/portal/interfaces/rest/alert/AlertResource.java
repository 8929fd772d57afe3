package vn.gov.moh.soc.portal.interfaces.rest.alert;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.alert.AlertQueue;
import vn.gov.moh.soc.portal.application.alert.AlertQueueService;
import vn.gov.moh.soc.portal.application.alert.TriageRequest;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSort;
import vn.gov.moh.soc.portal.domain.model.alert.TriageStatus;
import vn.gov.moh.soc.portal.interfaces.rest.CallerFactory;
import vn.gov.moh.soc.portal.interfaces.rest.RequestFields;

@Path("/alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.ANALYST, Caller.ADMIN, Caller.AUDITOR, Caller.OFFICER})
@SecurityRequirement(name = "keycloak")
@Tag(name = "alerts", description = "The SOC console's alert queue (Elasticsearch); 503 while search is unavailable")
public class AlertResource {
    private static final int DEFAULT_PAGE = 50;
    @Inject
    AlertQueueService queue;
    @Inject
    CallerFactory callers;

    @GET
    @Operation(summary = "The queue: filtered, sorted by [-]time|priority|rule, paged with the previous page's 'next' as 'after'")
    public JsonObject list(@BeanParam AlertFilterParams filter, @QueryParam("sort") @DefaultValue("-time") String sort,
                           @QueryParam("size") @DefaultValue("" + DEFAULT_PAGE) String size, @QueryParam("after") String after) {
        if (!sort.matches("-?(time|priority|rule)")) {
            throw new InvalidFieldException("sort", "sort by time, priority or rule, with a leading '-' for descending: " + sort);
        }
        AlertSort by = AlertSort.valueOf(sort.replace("-", "").toUpperCase(Locale.ROOT));
        return AlertJson.page(queue.list(callers.caller(), filter.toFilter(), by, sort.startsWith("-"), size(size), after));
    }

    @GET
    @Path("groups")
    @Operation(summary = "Alerts grouped by rule and group key (or host when there is none), with count and first/last seen")
    public JsonObject groups(@BeanParam AlertFilterParams filter, @QueryParam("size") @DefaultValue("" + DEFAULT_PAGE) String size,
                             @QueryParam("after") String after) {
        return AlertJson.groups(queue.groups(callers.caller(), filter.toFilter(), size(size), after));
    }

    @GET
    @Path("count")
    @Operation(summary = "How many alerts of the filter are at or after 'since': the live refresh's count of new alerts")
    public JsonObject count(@BeanParam AlertFilterParams filter, @QueryParam("since") String since) {
        Instant at = AlertFilterParams.instant("since", since);
        if (at == null) {
            throw new InvalidFieldException("since", "since is required (an instant such as 2026-12-01T08:00:00Z)");
        }
        return AlertJson.count(queue.countSince(callers.caller(), filter.toFilter(), at), at);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One alert with its last triage decision and its whole document")
    public JsonObject read(@PathParam("id") String id) {
        return AlertJson.detail(queue.read(callers.caller(), RequestFields.required("id", id, 200)));
    }

    @POST
    @Path("triage")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ANALYST, Caller.ADMIN})
    @Operation(summary = "Sets the status of alerts named by ids or as a group (counted with the filter parameters); audited")
    public JsonObject triage(@BeanParam AlertFilterParams filter, TriageBody body) {
        RequestFields.body(body);
        String status = RequestFields.required("status", body.status, 40);
        TriageStatus target = TriageStatus.ofDocument(status.toLowerCase(Locale.ROOT)).orElseThrow(() -> new InvalidFieldException(
                "status", "status '" + status + "' is not one of " + Arrays.stream(TriageStatus.values()).map(TriageStatus::documentValue).toList()));
        AlertQueue.GroupRef group = null;
        if (body.group != null) {
            group = new AlertQueue.GroupRef(RequestFields.required("group.rule", body.group.rule, 200),
                    RequestFields.optional("group.key", body.group.key, 1024), Boolean.TRUE.equals(body.group.host));
            if (!group.keyIsHost() && group.key() == null) {
                throw new InvalidFieldException("group.key", "a group key is required unless the group is a host's");
            }
        }
        if (body.ids != null && body.ids.stream().anyMatch(i -> i == null || i.isBlank() || i.length() > 200)) {
            throw new InvalidFieldException("ids", "ids are alert ids (1 to 200 characters)");
        }
        return AlertJson.triage(queue.triage(callers.caller(), new TriageRequest(body.ids, group, filter.toFilter(), target, body.reason)));
    }

    private static int size(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= AlertQueue.MAX_PAGE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new InvalidFieldException("size", "size is 1 to " + AlertQueue.MAX_PAGE + ": " + value);
    }
}
