package vn.gov.moh.soc.portal.interfaces.rest.dossier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.gov.moh.soc.portal.application.AttachmentDownload;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.DossierService;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.NotFoundException;
import vn.gov.moh.soc.portal.domain.model.attachment.Attachment;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentId;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentKind;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentRejectedException;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentRules;
import vn.gov.moh.soc.portal.domain.model.dossier.Dossier;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierAction;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierId;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.infrastructure.json.DossierJson;
import vn.gov.moh.soc.portal.interfaces.rest.CallerFactory;

@Path("/dossiers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.OFFICER, Caller.AUDITOR, Caller.ADMIN})
@SecurityRequirement(name = "keycloak")
public class DossierResource {
    /** What a multipart body may carry besides the file itself (boundaries, part headers, the kind). */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    @Inject
    DossierService dossiers;
    @Inject
    AttachmentRules attachmentRules;
    @Inject
    CallerFactory callers;
    @Context
    UriInfo uri;

    /** The dossiers the caller may read, newest first; {@code system} narrows to one system. */
    @GET
    public JsonObject list(@QueryParam("system") Long system) {
        SystemId systemId = null;
        if (system != null) {
            if (system <= 0) {
                throw new InvalidFieldException("system", "a system id is positive: " + system);
            }
            systemId = new SystemId(system);
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        dossiers.list(callers.caller(), systemId).forEach(d -> items.add(DossierJson.snapshot(d)));
        return Json.createObjectBuilder().add("items", items).build();
    }

    /** The appraising and approving authority by level, with the days of each step. */
    @GET
    @Path("authorities")
    public JsonObject authorities() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        dossiers.authorities().forEach(a -> items.add(DossierJson.authority(a)));
        return Json.createObjectBuilder().add("items", items).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.OFFICER, Caller.ADMIN})
    public Response create(@NotNull @Valid DossierRequest request) {
        Caller caller = callers.caller();
        Dossier saved = dossiers.create(caller, new SystemId(request.system), request.toDomain());
        return Response.created(uri.getAbsolutePathBuilder().path(saved.id().toString()).build()).entity(full(caller, saved)).build();
    }

    @GET
    @Path("{id}")
    public JsonObject read(@PathParam("id") long id) {
        Caller caller = callers.caller();
        return full(caller, dossiers.read(caller, dossierId(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.OFFICER, Caller.ADMIN})
    public JsonObject update(@PathParam("id") long id, @NotNull @Valid ContentRequest request) {
        Caller caller = callers.caller();
        return full(caller, dossiers.update(caller, dossierId(id), request.toDomain()));
    }

    /** A step of the workflow: {@code submit}, {@code start-appraisal}, {@code return}, {@code approve}, {@code reject}, {@code resubmit}. */
    @POST
    @Path("{id}/{action: submit|start-appraisal|return|approve|reject|resubmit}")
    @RolesAllowed({Caller.OFFICER, Caller.ADMIN})
    public JsonObject perform(@PathParam("id") long id, @PathParam("action") String action, @Valid NoteRequest request) {
        DossierAction a = DossierAction.ofSlug(action).orElseThrow(() -> new NotFoundException("no action " + action));
        Caller caller = callers.caller();
        return full(caller, dossiers.perform(caller, dossierId(id), a, request == null ? null : request.note));
    }

    /** Every version with its events and comments, and every attachment with the version it came in. */
    @GET
    @Path("{id}/history")
    public JsonObject history(@PathParam("id") long id) {
        Caller caller = callers.caller();
        Dossier d = dossiers.read(caller, dossierId(id));
        return DossierJson.history(d, dossiers.attachments(caller, d.id()));
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.OFFICER, Caller.ADMIN})
    public Response comment(@PathParam("id") long id, @NotNull @Valid CommentRequest request) {
        Dossier d = dossiers.comment(callers.caller(), dossierId(id), request.text);
        return Response.status(Response.Status.CREATED).entity(DossierJson.comment(d.comments().get(d.comments().size() - 1))).build();
    }

    @GET
    @Path("{id}/attachments")
    public JsonObject attachments(@PathParam("id") long id) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        dossiers.attachments(callers.caller(), dossierId(id)).forEach(a -> items.add(DossierJson.attachment(a)));
        return Json.createObjectBuilder().add("items", items).build();
    }

    /**
     * Uploads a file into the current version: {@code multipart/form-data} with the parts
     * {@code kind} (an {@link AttachmentKind}) and {@code file}. A body larger than the limit is
     * refused from its Content-Length before it is read.
     */
    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Caller.OFFICER, Caller.ADMIN})
    public Response upload(@PathParam("id") long id, @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, List<EntityPart> parts)
            throws IOException {
        if (length != null && length > attachmentRules.maxBytes() + MULTIPART_OVERHEAD) {
            throw new AttachmentRejectedException(AttachmentRejectedException.Reason.TOO_LARGE,
                    "the upload of " + length + " bytes is larger than the limit of " + attachmentRules.maxBytes() + " bytes");
        }
        EntityPart kindPart = part(parts, "kind");
        EntityPart filePart = part(parts, "file");
        AttachmentKind kind;
        try {
            kind = AttachmentKind.valueOf(kindPart.getContent(String.class).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("kind", "not an attachment kind; one of " + List.of(AttachmentKind.values()));
        }
        String fileName = utf8(filePart.getFileName().orElseThrow(() -> new InvalidFieldException("file", "the file part has no file name")));
        Attachment saved;
        try (InputStream content = filePart.getContent()) {
            saved = dossiers.attach(callers.caller(), dossierId(id), kind, fileName, content);
        }
        return Response.created(uri.getAbsolutePathBuilder().path(saved.id().toString()).build())
                .entity(DossierJson.attachment(saved)).build();
    }

    /** The file as uploaded, with its SHA-256 in {@code Repr-Digest} (RFC 9530) and as the ETag. */
    @GET
    @Path("{id}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        AttachmentDownload d = dossiers.download(callers.caller(), dossierId(id), attachmentId(attachment));
        Attachment a = d.attachment();
        StreamingOutput body = out -> {
            try (InputStream in = d.content()) {
                in.transferTo(out);
            }
        };
        String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(a.sha256()));
        return Response.ok(body, a.mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, a.size())
                .header("Content-Disposition", "attachment; filename=\"" + a.fileName().replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_")
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(a.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Repr-Digest", "sha-256=:" + base64 + ":")
                // An uploaded file is served as its checked type, never as what a browser would sniff.
                .header("X-Content-Type-Options", "nosniff")
                .tag(a.sha256())
                .build();
    }

    /** Takes the file out of the current version; earlier versions keep it. */
    @DELETE
    @Path("{id}/attachments/{attachment}")
    @RolesAllowed({Caller.OFFICER, Caller.ADMIN})
    public JsonObject detach(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        Caller caller = callers.caller();
        return full(caller, dossiers.detach(caller, dossierId(id), attachmentId(attachment)));
    }

    private JsonObject full(Caller caller, Dossier d) {
        return DossierJson.dossier(d, dossiers.allowedActions(caller, d), dossiers.authority(d.level()), Instant.now());
    }

    /**
     * Browsers send a multipart file name as raw UTF-8, which Jersey reads as ISO-8859-1
     * ("thiết" arrives as "thiáº¿t"): read back as UTF-8 when those bytes are valid UTF-8.
     */
    static String utf8(String name) {
        if (name.chars().anyMatch(c -> c > 0xff)) {
            return name;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return name;
        }
    }

    private static EntityPart part(List<EntityPart> parts, String name) {
        return (parts == null ? List.<EntityPart>of() : parts).stream().filter(p -> name.equals(p.getName())).findFirst()
                .orElseThrow(() -> new InvalidFieldException(name, "the multipart body has no part named '" + name + "'"));
    }

    /** Ids are positive; any other number names nothing. */
    private static DossierId dossierId(long id) {
        if (id <= 0) {
            throw new NotFoundException("no dossier " + id);
        }
        return new DossierId(id);
    }

    private static AttachmentId attachmentId(long id) {
        if (id <= 0) {
            throw new NotFoundException("no attachment " + id);
        }
        return new AttachmentId(id);
    }
}
