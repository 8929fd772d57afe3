package vn.gov.moh.soc.portal.interfaces.rest.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.event.EventDocument;
import vn.gov.moh.soc.portal.application.event.EventQuery;
import vn.gov.moh.soc.portal.application.event.EventSearchService;
import vn.gov.moh.soc.portal.interfaces.rest.CallerFactory;

/**
 * {@code /events}: the search over the namespace's daily events indices and one stored event.
 * Officers get their own subtree's events only (the service filters on {@code organization.id}).
 */
@Path("/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.ANALYST, Caller.ADMIN, Caller.AUDITOR, Caller.OFFICER})
@SecurityRequirement(name = "keycloak")
public class EventResource {
    private final Clock clock = Clock.systemUTC();

    @Inject
    EventSearchService events;
    @Inject
    CallerFactory callers;

    @GET
    @Operation(summary = "Search events", description = "Newest first; total, facet counts and the histogram over the whole range; "
            + "continue with after=<next> of the previous page. A query string Elasticsearch refuses is a 400 naming q.")
    public JsonObject search(
            @Parameter(description = "Elasticsearch query-string syntax, e.g. host.name:web-01 AND event.outcome:failure; blank: every event")
            @QueryParam("q") String q,
            @Parameter(description = "ISO-8601 instant or offset date-time, inclusive; default: 24 hours before to") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant or offset date-time, exclusive; default: now") @QueryParam("to") String to,
            @Parameter(description = "field:value, repeated; values of one field are alternatives") @QueryParam("filter") List<String> filter,
            @Parameter(description = "comma-separated facet fields; absent: all, empty: none") @QueryParam("facets") String facets,
            @Parameter(description = "the next cursor of the previous page") @QueryParam("after") String after,
            @Parameter(description = "page size, 1 to " + EventQuery.MAX_SIZE + ", default " + EventQuery.DEFAULT_SIZE) @QueryParam("size") String size) {
        Instant end = to == null || to.isBlank() ? clock.instant() : instant("to", to);
        Instant start = from == null || from.isBlank() ? end.minus(EventQuery.DEFAULT_RANGE) : instant("from", from);
        EventQuery query = new EventQuery(q, start, end, filters(filter), facets(facets), after, size(size));
        return EventJsonView.page(events.search(callers.caller(), query))
                .add("from", start.toString()).add("to", end.toString()).add("size", query.size()).build();
    }

    @GET
    @Path("{index}/{id}")
    @Operation(summary = "One stored event", description = "The source as indexed and its fields by flat dotted name")
    public JsonObject document(@PathParam("index") String index, @PathParam("id") String id) {
        EventDocument doc = events.document(callers.caller(), index, id);
        JsonArrayBuilder fields = Json.createArrayBuilder();
        doc.fields().forEach(f -> fields.add(Json.createObjectBuilder().add("name", f.name()).add("value", f.value())));
        return EventJsonView.hit(doc.hit()).add("source", Json.createReader(new java.io.StringReader(doc.json())).readObject())
                .add("table", fields).build();
    }

    static Instant instant(String field, String value) {
        String v = value.strip();
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e2) {
                throw new InvalidFieldException(field, field + " is an ISO-8601 instant, e.g. 2026-12-01T08:00:00Z or 2026-12-01T15:00:00+07:00: '"
                        + value + "'");
            }
        }
    }

    static Map<String, List<String>> filters(List<String> params) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String p : params == null ? List.<String>of() : params) {
            int colon = p.indexOf(':');
            if (colon < 1) {
                throw new InvalidFieldException("filter", "a filter is field:value, not '" + p + "'");
            }
            // The field never holds ':', the value may (an IPv6 address).
            out.computeIfAbsent(p.substring(0, colon), k -> new ArrayList<>()).add(p.substring(colon + 1));
        }
        return out;
    }

    static List<String> facets(String param) {
        if (param == null) {
            return null;
        }
        return Arrays.stream(param.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static int size(String param) {
        if (param == null || param.isBlank()) {
            return EventQuery.DEFAULT_SIZE;
        }
        try {
            return Integer.parseInt(param.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("size", "the page size is a number from 1 to " + EventQuery.MAX_SIZE + ", not '" + param + "'");
        }
    }
}
