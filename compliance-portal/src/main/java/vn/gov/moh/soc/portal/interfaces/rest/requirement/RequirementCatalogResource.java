package vn.gov.moh.soc.portal.interfaces.rest.requirement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.RequirementService;
import vn.gov.moh.soc.portal.domain.model.requirement.Requirement;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementCatalog;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementGroup;

@Path("/requirements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.OFFICER, Caller.AUDITOR, Caller.ADMIN})
@SecurityRequirement(name = "keycloak")
public class RequirementCatalogResource {
    @Inject
    RequirementService requirements;

    /** The catalog by group; with {@code level}, only what a system of that level must meet (cumulative). */
    @GET
    public JsonObject catalog(@QueryParam("level") Integer level) {
        RequirementCatalog catalog = requirements.catalog();
        List<Requirement> selected;
        if (level == null) {
            selected = catalog.requirements();
        } else {
            try {
                selected = catalog.applicableTo(SecurityLevel.of(level));
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException("level", e.getMessage());
            }
        }
        JsonArrayBuilder groups = Json.createArrayBuilder();
        for (RequirementGroup g : catalog.groups()) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            selected.stream().filter(r -> r.group().equals(g.code())).forEach(r -> items.add(RequirementJson.requirement(r)));
            groups.add(RequirementJson.group(g).add("requirements", items));
        }
        JsonArrayBuilder sources = Json.createArrayBuilder();
        catalog.sources().forEach(sources::add);
        var o = Json.createObjectBuilder().add("version", catalog.version()).add("sources", sources);
        if (level != null) {
            o.add("level", level);
        }
        return o.add("count", selected.size()).add("groups", groups).build();
    }
}
