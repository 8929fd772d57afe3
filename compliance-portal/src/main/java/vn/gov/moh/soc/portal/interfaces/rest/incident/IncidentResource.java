package vn.gov.moh.soc.portal.interfaces.rest.incident;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.incident.EscalationProposal;
import vn.gov.moh.soc.portal.application.incident.IncidentService;
import vn.gov.moh.soc.portal.application.incident.IncidentView;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentStatus;
import vn.gov.moh.soc.portal.domain.model.incident.ObservableType;
import vn.gov.moh.soc.portal.domain.model.incident.Resolution;
import vn.gov.moh.soc.portal.domain.model.incident.Severity;
import vn.gov.moh.soc.portal.infrastructure.json.IncidentJson;
import vn.gov.moh.soc.portal.interfaces.rest.CallerFactory;
import vn.gov.moh.soc.portal.interfaces.rest.PathIds;
import vn.gov.moh.soc.portal.interfaces.rest.RequestFields;

/**
 * Incidents. Reads: SOC analysts, admins and auditors every incident, unit security officers those
 * affecting their subtree; changes: analysts and admins; comments: them and those officers; the
 * deadline table: admins. The service decides, the roles here only turn away whoever could never pass.
 * Bodies are written with Jackson ({@link IncidentJson}, {@code StixBundle}).
 */
@Path("/incidents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.OFFICER, Caller.AUDITOR, Caller.ADMIN, Caller.ANALYST})
@SecurityRequirement(name = "keycloak")
public class IncidentResource {
    /** The STIX 2.1 media type (STIX 2.1 §1.4 / TAXII 2.1). */
    public static final String STIX = "application/stix+json;version=2.1";
    private static final int DEFAULT_LIMIT = 200;

    @Inject
    IncidentService service;
    @Inject
    CallerFactory callers;
    @Context
    UriInfo uri;

    /** The incidents the caller may read, newest detection first, with deadlines and overdue flags. */
    @GET
    public String list(@QueryParam("status") String status, @QueryParam("severity") String severity, @QueryParam("q") String q,
            @QueryParam("limit") Integer limit) {
        IncidentStatus st = status == null ? null : RequestFields.choice(IncidentStatus.class, "status", status);
        Severity sev = severity == null ? null : RequestFields.choice(Severity.class, "severity", severity);
        if (limit != null && (limit < 1 || limit > IncidentService.MAX_LIST)) {
            throw new InvalidFieldException("limit", "limit is 1 to " + IncidentService.MAX_LIST + ": " + limit);
        }
        RequestFields.optional("q", q, 200);
        List<IncidentView> views = service.list(callers.caller(), st, sev, q, limit == null ? DEFAULT_LIMIT : limit);
        ObjectNode o = IncidentJson.MAPPER.createObjectNode();
        ArrayNode items = o.putArray("items");
        views.forEach(v -> items.add(IncidentJson.summary(v.incident(), v.deadlines())));
        o.put("overdue", views.stream().filter(v -> v.deadlines().overdue()).count());
        return IncidentJson.write(o);
    }

    /** The proposal for escalating alerts ({@code alerts=id1,id2}): found, unknown, already escalated, title/severity/priority. */
    @GET
    @Path("proposal")
    @RolesAllowed({Caller.ANALYST, Caller.ADMIN})
    public String proposal(@QueryParam("alerts") String alerts) {
        List<String> ids = alerts == null ? List.of() : Arrays.stream(alerts.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        EscalationProposal p = service.propose(callers.caller(), ids);
        ObjectNode o = IncidentJson.MAPPER.createObjectNode();
        ArrayNode found = o.putArray("alerts");
        for (AlertSummary a : p.alerts()) {
            ObjectNode n = found.addObject().put("id", a.id()).put("priority", a.priority()).put("ruleLevel", a.ruleLevel())
                    .put("ruleName", a.ruleName()).put("systemLevel", a.systemLevel());
            if (a.timestamp() != null) {
                n.put("timestamp", a.timestamp().toString());
            }
            a.hostNames().forEach(n.putArray("hostNames")::add);
            a.unitIds().forEach(n.putArray("unitIds")::add);
        }
        p.unknown().forEach(o.putArray("unknown")::add);
        ObjectNode escalated = o.putObject("escalated");
        p.escalated().forEach((k, v) -> escalated.put(k, v.toString()));
        if (p.title() != null) {
            o.put("title", p.title());
        }
        o.put("severity", p.severity().name()).put("priority", p.priority().name());
        return IncidentJson.write(o);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ANALYST, Caller.ADMIN})
    public Response create(IncidentRequests.Create request) {
        IncidentView saved = service.create(callers.caller(), RequestFields.body(request).toRequest());
        return Response.created(uri.getAbsolutePathBuilder().path(saved.incident().id().toString()).build())
                .entity(full(saved)).type(MediaType.APPLICATION_JSON).build();
    }

    /** The incident as JSON: everything it holds, comments, the timeline, deadlines. */
    @GET
    @Path("{id}")
    public String read(@PathParam("id") long id) {
        return full(service.read(callers.caller(), PathIds.incident(id)));
    }

    /** The incident as a STIX 2.1 bundle, stable across exports of an unchanged incident. */
    @GET
    @Path("{id}/stix")
    @Produces({STIX, MediaType.APPLICATION_JSON})
    public Response stix(@PathParam("id") long id) {
        ObjectNode bundle = service.stix(callers.caller(), PathIds.incident(id));
        String name = bundle.path("objects").path(1).path("external_references").path(0).path("external_id").asText("incident");
        return Response.ok(IncidentJson.write(bundle)).type(STIX)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".stix.json\"").build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ANALYST, Caller.ADMIN})
    public String edit(@PathParam("id") long id, IncidentRequests.Details request) {
        IncidentRequests.Details d = RequestFields.body(request);
        return full(service.handle(callers.caller(), PathIds.incident(id), "edit", "title",
                (i, by, at) -> i.editDetails(d.title, d.description, d.severity(), d.priority(), by, at)));
    }

    @PUT
    @Path("{id}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ANALYST, Caller.ADMIN})
    public String assign(@PathParam("id") long id, IncidentRequests.Assignee request) {
        String who = RequestFields.body(request).assignee;
        return full(service.handle(callers.caller(), PathIds.incident(id), "assign", "assignee", (i, by, at) -> i.assign(who, by, at)));
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ANALYST, Caller.ADMIN})
    public String move(@PathParam("id") long id, IncidentRequests.Status request) {
        IncidentStatus target = RequestFields.choice(IncidentStatus.class, "status", RequestFields.body(request).status);
        return full(service.handle(callers.caller(), PathIds.incident(id), "status", "status", (i, by, at) -> i.moveTo(target, by, at)));
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ANALYST, Caller.ADMIN})
    public String close(@PathParam("id") long id, IncidentRequests.Close request) {
        IncidentRequests.Close c = RequestFields.body(request);
        Resolution how = RequestFields.choice(Resolution.class, "resolution", c.resolution);
        return full(service.handle(callers.caller(), PathIds.incident(id), "close", "note", (i, by, at) -> i.close(how, c.note, by, at)));
    }

    @POST
    @Path("{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ANALYST, Caller.ADMIN})
    public String reopen(@PathParam("id") long id, IncidentRequests.Reopen request) {
        String reason = RequestFields.body(request).reason;
        return full(service.handle(callers.caller(), PathIds.incident(id), "reopen", "reason", (i, by, at) -> i.reopen(reason, by, at)));
    }

    /** Links more alerts (escalation into an existing incident). */
    @POST
    @Path("{id}/alerts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ANALYST, Caller.ADMIN})
    public String link(@PathParam("id") long id, IncidentRequests.Alerts request) {
        return full(service.linkAlerts(callers.caller(), PathIds.incident(id), RequestFields.body(request).alertIds));
    }

    @PUT
    @Path("{id}/affected")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ANALYST, Caller.ADMIN})
    public String affected(@PathParam("id") long id, IncidentRequests.Affected request) {
        IncidentRequests.Affected a = RequestFields.body(request);
        var unitIds = a.unitIds();
        var systems = a.systemList();
        return full(service.handle(callers.caller(), PathIds.incident(id), "affected", "units",
                (i, by, at) -> i.setAffected(unitIds, systems, by, at)));
    }

    @POST
    @Path("{id}/observables")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ANALYST, Caller.ADMIN})
    public String addObservable(@PathParam("id") long id, IncidentRequests.ObservableBody request) {
        var o = RequestFields.body(request).toDomain();
        return full(service.handle(callers.caller(), PathIds.incident(id), "observable", "value", (i, by, at) -> i.addObservable(o, by, at)));
    }

    @DELETE
    @Path("{id}/observables")
    @RolesAllowed({Caller.ANALYST, Caller.ADMIN})
    public String removeObservable(@PathParam("id") long id, @QueryParam("type") String type, @QueryParam("value") String value) {
        ObservableType t = RequestFields.choice(ObservableType.class, "type", type);
        String v = RequestFields.required("value", value, 2048);
        return full(service.handle(callers.caller(), PathIds.incident(id), "observable", "value", (i, by, at) -> i.removeObservable(t, v, by, at)));
    }

    @POST
    @Path("{id}/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ANALYST, Caller.ADMIN})
    public Response addTask(@PathParam("id") long id, IncidentRequests.Task request) {
        IncidentRequests.Task t = RequestFields.body(request);
        Instant due = IncidentRequests.instant("due", t.due);
        IncidentView v = service.handle(callers.caller(), PathIds.incident(id), "task", "title",
                (i, by, at) -> i.addTask(t.title, t.assignee, due, by, at));
        return Response.status(Response.Status.CREATED).entity(full(v)).type(MediaType.APPLICATION_JSON).build();
    }

    @PUT
    @Path("{id}/tasks/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ANALYST, Caller.ADMIN})
    public String updateTask(@PathParam("id") long id, @PathParam("number") int number, IncidentRequests.Task request) {
        IncidentRequests.Task t = RequestFields.body(request);
        Instant due = IncidentRequests.instant("due", t.due);
        boolean done = Boolean.TRUE.equals(t.done);
        return full(service.handle(callers.caller(), PathIds.incident(id), "task", "title",
                (i, by, at) -> i.updateTask(number, t.title, t.assignee, done, due, by, at)));
    }

    /** A comment: analysts, admins, and officers of an affected unit. */
    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ANALYST, Caller.ADMIN, Caller.OFFICER})
    public Response comment(@PathParam("id") long id, IncidentRequests.Text request) {
        IncidentView v = service.comment(callers.caller(), PathIds.incident(id), RequestFields.body(request).text);
        return Response.status(Response.Status.CREATED).entity(full(v)).type(MediaType.APPLICATION_JSON).build();
    }

    /** Records the report to the national coordinator and the rule's other recipients. */
    @POST
    @Path("{id}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ANALYST, Caller.ADMIN})
    public String report(@PathParam("id") long id, IncidentRequests.Report request) {
        IncidentRequests.Report r = RequestFields.body(request);
        Instant given = IncidentRequests.instant("reportedAt", r.reportedAt);
        if (given != null && given.isAfter(Instant.now())) {
            throw new InvalidFieldException("reportedAt", "the report's time " + given + " is in the future");
        }
        return full(service.handle(callers.caller(), PathIds.incident(id), "report", "note",
                (i, by, at) -> i.recordReport(given == null ? at : given, r.note, by, at)));
    }

    /** The response-deadline table: severity × the systems' highest level (0: unknown). */
    @GET
    @Path("deadlines")
    public String deadlines() {
        return deadlineTable(service.deadlines(callers.caller()));
    }

    @PUT
    @Path("deadlines")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ADMIN)
    public String updateDeadline(IncidentRequests.DeadlineRow request) {
        return deadlineTable(service.updateDeadline(callers.caller(), RequestFields.body(request).toDomain()));
    }

    /** The reporting duties of Vietnamese law kept as data, with their recipients. */
    @GET
    @Path("reporting-rules")
    public String reportingRules() {
        ObjectNode o = IncidentJson.MAPPER.createObjectNode();
        ArrayNode items = o.putArray("items");
        service.reportingRules(callers.caller()).forEach(r -> items.add(IncidentJson.reportingRule(r)));
        return IncidentJson.write(o);
    }

    private static String deadlineTable(vn.gov.moh.soc.portal.domain.model.incident.ResponseDeadlineTable table) {
        ObjectNode o = IncidentJson.MAPPER.createObjectNode();
        ArrayNode rows = o.putArray("items");
        table.rows().forEach(r -> rows.add(IncidentJson.deadlineRow(r)));
        return IncidentJson.write(o);
    }

    private static String full(IncidentView v) {
        ObjectNode o = IncidentJson.full(v.incident(), v.deadlines());
        o.put("canHandle", v.canHandle()).put("canComment", v.canComment());
        return IncidentJson.write(o);
    }
}
