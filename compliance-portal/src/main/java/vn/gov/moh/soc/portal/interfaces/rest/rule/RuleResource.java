package vn.gov.moh.soc.portal.interfaces.rest.rule;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.pipeline.PublishedRule;
import vn.gov.moh.soc.portal.application.pipeline.RuleService;
import vn.gov.moh.soc.portal.interfaces.rest.CallerFactory;

/**
 * {@code /rules}: the body of an upload or edit is the rule's Sigma YAML ({@code application/yaml};
 * {@code text/plain} is taken as well, for curl). A published rule reaches the running correlation
 * job through {@code soc.rules}; a disabled one stays listed with {@code enabled: false}.
 */
@Path("/rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.ANALYST, Caller.ADMIN, Caller.AUDITOR})
@SecurityRequirement(name = "keycloak")
public class RuleResource {
    @Inject
    RuleService rules;
    @Inject
    CallerFactory callers;
    @Context
    UriInfo uri;

    @GET
    public JsonObject list() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        rules.list(callers.caller()).forEach(r -> items.add(summary(r)));
        return Json.createObjectBuilder().add("items", items).build();
    }

    @GET
    @Path("{id}")
    public JsonObject read(@PathParam("id") String id) {
        PublishedRule r = rules.read(callers.caller(), id);
        return summary(r).add("yaml", r.yaml()).build();
    }

    /** Uploads a rule under the id it carries: 201 when new, 200 when it replaces one. */
    @POST
    @Consumes({"application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN})
    @RolesAllowed({Caller.ANALYST, Caller.ADMIN})
    public Response upload(String yaml) {
        RuleService.Publication p = rules.publish(callers.caller(), yaml, null);
        JsonObject body = summary(p.rule()).build();
        return p.created() ? Response.created(uri.getAbsolutePathBuilder().path(p.rule().id()).build()).entity(body).build()
                : Response.ok(body).build();
    }

    /** Edits the rule of that id; the YAML must carry the same id. */
    @PUT
    @Path("{id}")
    @Consumes({"application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN})
    @RolesAllowed({Caller.ANALYST, Caller.ADMIN})
    public JsonObject edit(@PathParam("id") String id, String yaml) {
        return summary(rules.publish(callers.caller(), yaml, id).rule()).build();
    }

    /** Disables the rule in the running job; publishing it again enables it. */
    @POST
    @Path("{id}/disable")
    @RolesAllowed({Caller.ANALYST, Caller.ADMIN})
    public JsonObject disable(@PathParam("id") String id) {
        return summary(rules.disable(callers.caller(), id)).build();
    }

    private static JsonObjectBuilder summary(PublishedRule r) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", r.id()).add("kind", r.kind()).add("title", r.title())
                .add("enabled", r.enabled()).add("updatedBy", r.updatedBy()).add("updatedAt", r.updatedAt().toString());
        if (r.level() != null) {
            b.add("level", r.level());
        }
        return b;
    }
}
