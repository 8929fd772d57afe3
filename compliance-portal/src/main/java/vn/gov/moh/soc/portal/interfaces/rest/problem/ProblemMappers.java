package vn.gov.moh.soc.portal.interfaces.rest.problem;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import jakarta.persistence.OptimisticLockException;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.ConflictException;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.NotFoundException;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentRejectedException;
import vn.gov.moh.soc.portal.domain.model.dossier.IncompleteDossierException;
import vn.gov.moh.soc.portal.domain.model.dossier.WorkflowException;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentStateException;
import vn.gov.moh.soc.portal.infrastructure.search.SearchUnavailableException;

/** One mapper per kind of failure. */
public final class ProblemMappers {
    private ProblemMappers() {
    }

    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            Map<String, String> fields = new LinkedHashMap<>();
            e.getConstraintViolations().stream()
                    .sorted(Comparator.comparing((ConstraintViolation<?> v) -> field(v.getPropertyPath())))
                    .forEach(v -> fields.merge(field(v.getPropertyPath()), v.getMessage(), (a, b) -> a + "; " + b));
            return Problems.invalid("the request has invalid fields", fields);
        }

        /** The JSON path of a violation: the method and parameter nodes are dropped. */
        static String field(Path path) {
            StringBuilder s = new StringBuilder();
            for (Path.Node node : path) {
                if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                        || node.getKind() == ElementKind.RETURN_VALUE) {
                    continue;
                }
                if (node.getIndex() != null && s.length() > 0) {
                    s.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                    if (s.length() > 0) {
                        s.append('.');
                    }
                    s.append(node.getName());
                }
            }
            return s.length() == 0 ? "body" : s.toString();
        }
    }

    @Provider
    public static class InvalidField implements ExceptionMapper<InvalidFieldException> {
        @Override
        public Response toResponse(InvalidFieldException e) {
            return Problems.invalid(e.getMessage(), Map.of(e.field(), e.getMessage()));
        }
    }

    @Provider
    public static class Denied implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
            return Problems.of(Response.Status.FORBIDDEN, "Forbidden", e.getMessage());
        }
    }

    @Provider
    public static class Missing implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Problems.of(Response.Status.NOT_FOUND, "Not found", e.getMessage());
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConflictException> {
        @Override
        public Response toResponse(ConflictException e) {
            return Problems.of(Response.Status.CONFLICT, "Conflict", e.getMessage());
        }
    }

    /** A workflow step that the dossier's state does not allow. */
    @Provider
    public static class Workflow implements ExceptionMapper<WorkflowException> {
        @Override
        public Response toResponse(WorkflowException e) {
            return Problems.of(Response.Status.CONFLICT, "Not allowed in this state", e.getMessage());
        }
    }

    /** A change the incident's status does not allow (e.g. moving a closed incident). */
    @Provider
    public static class IncidentState implements ExceptionMapper<IncidentStateException> {
        @Override
        public Response toResponse(IncidentStateException e) {
            return Problems.of(Response.Status.CONFLICT, "Not allowed in this status", e.getMessage());
        }
    }

    /** Two changes of one record at once: the later one is refused and may be repeated. */
    @Provider
    public static class ConcurrentChange implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return Problems.of(Response.Status.CONFLICT, "Changed meanwhile", "the record was changed by someone else meanwhile; reload and repeat");
        }
    }

    /** Missing or invalid parts of a dossier, each named. */
    @Provider
    public static class Incomplete implements ExceptionMapper<IncompleteDossierException> {
        @Override
        public Response toResponse(IncompleteDossierException e) {
            return Problems.invalid(e.getMessage(), new LinkedHashMap<>(e.fields()));
        }
    }

    /** A refused upload: 413 too large, 415 a type not accepted or not the one its name claims, 422 infected, 400 empty. */
    @Provider
    public static class RejectedUpload implements ExceptionMapper<AttachmentRejectedException> {
        @Override
        public Response toResponse(AttachmentRejectedException e) {
            return switch (e.reason()) {
                case TOO_LARGE -> Problems.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "File too large", e.getMessage(), "file", e.reason().name());
                case TYPE_NOT_ALLOWED, TYPE_MISMATCH -> Problems.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, "File type refused", e.getMessage(), "file", e.reason().name());
                case INFECTED -> Problems.of(Problems.UNPROCESSABLE, "File infected", e.getMessage(), "file", e.reason().name());
                case EMPTY -> Problems.of(Response.Status.BAD_REQUEST, "Empty file", e.getMessage(), "file", e.reason().name());
            };
        }
    }

    /**
     * Elasticsearch is not configured or does not answer: 503 with a {@code Retry-After}, so the
     * console says "search unavailable" while the database-backed pages go on working.
     */
    @Provider
    public static class SearchUnavailable implements ExceptionMapper<SearchUnavailableException> {
        @Override
        public Response toResponse(SearchUnavailableException e) {
            Response r = Problems.of(Response.Status.SERVICE_UNAVAILABLE, "Search unavailable", e.getMessage());
            return Response.fromResponse(r).header("Retry-After", "30").build();
        }
    }

    /** Malformed JSON, or a value of the wrong type or an unknown enum constant. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return unreadable(e);
        }
    }

    /** What Jersey wraps a body reader's failure in. */
    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return unreadable(e);
        }
    }

    private static Response unreadable(RuntimeException e) {
        return Problems.of(Response.Status.BAD_REQUEST, "Unreadable request body", String.valueOf(e.getMessage()));
    }

    /** Keeps JAX-RS's own statuses (404 of an unknown path, 405...) but in problem form. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType s = e.getResponse().getStatusInfo();
            Response.Status status = Response.Status.fromStatusCode(s.getStatusCode());
            if (status == null) {
                return e.getResponse();
            }
            return Problems.of(status, s.getReasonPhrase(), e.getMessage());
        }
    }
}
