package vn.gov.moh.soc.portal.interfaces.rest.unit;

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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.AccessPolicy;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.InventoryService;
import vn.gov.moh.soc.portal.application.NotFoundException;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitHierarchy;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.interfaces.rest.CallerFactory;

@Path("/units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.OFFICER, Caller.AUDITOR, Caller.ADMIN})
@SecurityRequirement(name = "keycloak")
public class UnitResource {
    @Inject
    InventoryService inventory;
    @Inject
    CallerFactory callers;

    /** The tree from the top units the caller may see: the whole sector, or an officer's own unit. */
    @GET
    public JsonObject tree() {
        Caller caller = callers.caller();
        UnitHierarchy tree = inventory.units();
        List<Unit> tops = AccessPolicy.visibleRoots(caller, tree);
        JsonArrayBuilder roots = Json.createArrayBuilder();
        tops.forEach(u -> roots.add(node(u, tree)));
        return Json.createObjectBuilder().add("roots", roots).build();
    }

    @GET
    @Path("{id}")
    public JsonObject read(@PathParam("id") String id) {
        UnitId unitId;
        try {
            unitId = UnitId.of(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("id", e.getMessage());
        }
        UnitHierarchy tree = inventory.units();
        Unit unit = tree.find(unitId).orElseThrow(() -> new NotFoundException("no unit " + id));
        Caller caller = callers.caller();
        if (!AccessPolicy.canRead(caller, unitId, tree)) {
            throw new AccessDeniedException(caller.name() + " may not read unit " + id);
        }
        return node(unit, tree);
    }

    private static JsonObject node(Unit u, UnitHierarchy tree) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", u.id().value()).add("name", u.name())
                .add("kind", u.kind().name()).add("kindName", u.kind().vietnameseName());
        u.parentId().ifPresent(p -> o.add("parent", p.value()));
        List<JsonObject> children = new ArrayList<>();
        tree.childrenOf(u.id()).forEach(c -> children.add(node(c, tree)));
        JsonArrayBuilder a = Json.createArrayBuilder();
        children.forEach(a::add);
        return o.add("children", a).build();
    }
}
