package vn.gov.moh.soc.portal.interfaces.rest.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Builds problem responses. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    /** RFC 9110's 422, which {@link Response.Status} lacks. */
    public static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    public static Response of(Response.StatusType status, String title, String detail) {
        return Response.status(status).type(MEDIA_TYPE).entity(base(status, title, detail).build().toString()).build();
    }

    /** A problem about one field, with a machine-readable {@code reason}. */
    public static Response of(Response.StatusType status, String title, String detail, String field, String reason) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(base(status, title, detail).add("field", field).add("reason", reason).build().toString()).build();
    }

    /** A 400 naming the fields: {@code field} is the first, {@code errors} all of them. */
    public static Response invalid(String detail, Map<String, String> fields) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        fields.forEach((f, m) -> errors.add(Json.createObjectBuilder().add("field", f).add("message", m)));
        JsonObjectBuilder body = base(Response.Status.BAD_REQUEST, "Invalid request", detail)
                .add("field", fields.keySet().iterator().next())
                .add("errors", errors);
        return Response.status(Response.Status.BAD_REQUEST).type(MEDIA_TYPE).entity(body.build().toString()).build();
    }

    private static JsonObjectBuilder base(Response.StatusType status, String title, String detail) {
        return Json.createObjectBuilder().add("type", "about:blank").add("title", title).add("status", status.getStatusCode())
                .add("detail", detail == null ? "" : detail);
    }
}
