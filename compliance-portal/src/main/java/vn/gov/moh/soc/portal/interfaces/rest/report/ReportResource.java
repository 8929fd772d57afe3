package vn.gov.moh.soc.portal.interfaces.rest.report;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Base64;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.report.ReportService;
import vn.gov.moh.soc.portal.domain.model.report.Report;
import vn.gov.moh.soc.portal.domain.model.report.ReportId;
import vn.gov.moh.soc.portal.infrastructure.report.ReportJson;
import vn.gov.moh.soc.portal.interfaces.rest.CallerFactory;
import vn.gov.moh.soc.portal.interfaces.rest.RequestFields;

/**
 * Compliance reports. Every portal role may ask for the reports it may read (auditors included:
 * a report is their work product and changes no governance data); the answer is 202 with the
 * queued report, whose {@code progress} and {@code status} the client polls until done or failed.
 */
@Path("/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.OFFICER, Caller.AUDITOR, Caller.ADMIN, Caller.ANALYST})
@SecurityRequirement(name = "keycloak")
public class ReportResource {
    @Inject
    ReportService reports;
    @Inject
    CallerFactory callers;
    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(ReportRequest request) {
        ReportRequest body = RequestFields.body(request);
        Report queued = reports.request(callers.caller(), body.scope(), body.reportFormat());
        return Response.accepted(ReportJson.report(queued)).location(uri.getAbsolutePathBuilder().path(queued.id().toString()).build()).build();
    }

    /** The caller's visible reports, newest first (at most {@value ReportService#LIST_LIMIT}). */
    @GET
    public JsonObject list() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        reports.list(callers.caller()).forEach(r -> items.add(ReportJson.report(r)));
        return Json.createObjectBuilder().add("items", items).build();
    }

    @GET
    @Path("{id}")
    public JsonObject read(@PathParam("id") long id) {
        return ReportJson.report(reports.read(callers.caller(), reportId(id)));
    }

    /** The built file: 409 while queued or running, or when it failed (with the reason). */
    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") long id) {
        ReportService.Download d = reports.content(callers.caller(), reportId(id));
        Report.StoredContent c = d.report().content();
        return Response.ok(d.bytes(), c.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, c.size())
                // The file name is ASCII (kind, scope, id): no filename* needed.
                .header("Content-Disposition", "attachment; filename=\"" + c.fileName() + "\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(c.sha256())) + ":")
                .header("X-Content-Type-Options", "nosniff")
                .tag(c.sha256())
                .build();
    }

    private static ReportId reportId(long id) {
        if (id <= 0) {
            throw new InvalidFieldException("id", "a report id is positive: " + id);
        }
        return new ReportId(id);
    }
}
