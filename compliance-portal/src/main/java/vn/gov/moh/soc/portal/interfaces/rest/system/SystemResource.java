package vn.gov.moh.soc.portal.interfaces.rest.system;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.InventoryService;
import vn.gov.moh.soc.portal.domain.model.level.LevelProposal;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.system.SystemPage;
import vn.gov.moh.soc.portal.domain.model.system.SystemQuery;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.infrastructure.json.SystemJson;
import vn.gov.moh.soc.portal.interfaces.rest.CallerFactory;
import vn.gov.moh.soc.portal.interfaces.rest.PathIds;
import vn.gov.moh.soc.portal.interfaces.rest.RequestFields;

@Path("/systems")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.OFFICER, Caller.AUDITOR, Caller.ADMIN})
@SecurityRequirement(name = "keycloak")
public class SystemResource {
    private static final int MAX_PAGE = 200;
    @Inject
    InventoryService inventory;
    @Inject
    CallerFactory callers;
    @Context
    UriInfo uri;

    /** Sorting: {@code sort=name|owner|id}, a leading '-' for descending. */
    @GET
    public JsonObject list(@QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("20") int size,
                           @QueryParam("sort") @DefaultValue("name") String sort,
                           @QueryParam("owner") String owner,
                           @QueryParam("q") String nameContains) {
        // Checked here rather than with Bean Validation on the parameters: Payara 6.2025.10's
        // OpenAPI generator fails on constraint annotations of resource method parameters.
        if (page < 0) {
            throw new InvalidFieldException("page", "page is 0 or more: " + page);
        }
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidFieldException("size", "size is 1 to " + MAX_PAGE + ": " + size);
        }
        if (!sort.matches("-?(name|owner|id)")) {
            throw new InvalidFieldException("sort", "sort by name, owner or id, with a leading '-' for descending: " + sort);
        }
        UnitId ownerId = RequestFields.optionalUnit("owner", owner);
        boolean descending = sort.startsWith("-");
        SystemQuery.Sort by = SystemQuery.Sort.valueOf(sort.replace("-", "").toUpperCase(Locale.ROOT));
        SystemPage result = inventory.list(callers.caller(), ownerId, nameContains, by, descending, page, size);
        JsonArrayBuilder items = Json.createArrayBuilder();
        result.systems().forEach(s -> items.add(SystemJson.system(s)));
        return Json.createObjectBuilder().add("page", page).add("size", size).add("total", result.total())
                .add("items", items).build();
    }

    @GET
    @Path("{id}")
    public JsonObject read(@PathParam("id") long id) {
        return SystemJson.system(inventory.read(callers.caller(), systemId(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.OFFICER, Caller.ADMIN})
    public Response create(@NotNull @Valid SystemRequest request) {
        InformationSystem saved = inventory.create(callers.caller(), request.toDomain());
        return Response.created(uri.getAbsolutePathBuilder().path(saved.id().toString()).build())
                .entity(SystemJson.system(saved)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.OFFICER, Caller.ADMIN})
    public JsonObject update(@PathParam("id") long id, @NotNull @Valid SystemRequest request) {
        return SystemJson.system(inventory.update(callers.caller(), systemId(id), request.toDomain()));
    }

    /** Computes the level with its reasons and keeps the officer's proposal beside it. */
    @POST
    @Path("{id}/level")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.OFFICER, Caller.ADMIN})
    public JsonObject proposeLevel(@PathParam("id") long id, @NotNull @Valid LevelRequest request) {
        SecurityLevel level = null;
        if (request.proposedLevel != null) {
            try {
                level = SecurityLevel.of(request.proposedLevel);
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException("proposedLevel", e.getMessage());
            }
        }
        LevelProposal p = inventory.proposeLevel(callers.caller(), systemId(id), level, request.justification);
        return Json.createObjectBuilder()
                .add("system", id)
                .add("computed", SystemJson.determination(p.computed()))
                .add("proposedLevel", p.proposed().number())
                .add("justification", p.justification())
                .add("departsFromComputed", p.departsFromComputed())
                .add("proposedBy", p.proposedBy())
                .add("proposedAt", p.proposedAt().toString())
                .build();
    }

    private static SystemId systemId(long id) {
        return PathIds.system(id);
    }
}
