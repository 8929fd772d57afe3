package vn.gov.moh.soc.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.LogSource;
import vn.gov.moh.soc.core.time.UtcInstants;

/**
 * Reads an EHR access record written as a FHIR R4 {@code AuditEvent} resource (the audit trail of
 * a FHIR server or of a hospital information system that keeps FHIR audit records) into the ECS
 * and {@code ehr.*} fields the EHR privacy rules use (see {@code rules/README.md}); log source
 * product {@code ehr}, service {@code audit}.
 *
 * <pre>
 * recorded                                       @timestamp (UTC)
 * id                                             event.id
 * subtype[0].code (search-type and the like: search) event.action
 * outcome "0" / other                            event.outcome success / failure
 * agent[requestor].who.identifier.value          user.name
 * agent[requestor].who.display                   user.full_name
 * agent[requestor].network.address               source.ip
 * agent[requestor].purposeOfUse[0].coding[0].code ehr.purpose_of_use (TREAT, ETREAT, ...)
 * entity[].what.reference Patient/&lt;id&gt;        ehr.patient.id
 * entity with role 4 (domain resource): its type; else the resource type of a base64 entity.query;
 *   else Patient when a patient is named         ehr.resource_type
 * entity[].detail[type=record-count].valueString ehr.record_count (bulk export)
 * source.site                                    organization.id
 * source.observer.display                        host.name
 * </pre>
 */
public final class FhirAuditEventParser {
    public static final LogSource LOG_SOURCE = new LogSource("ehr", Set.of(), "audit");

    /** Whether a JSON object is a FHIR AuditEvent resource. */
    public static boolean accepts(JsonNode node) {
        return "AuditEvent".equals(node.path("resourceType").asText(null));
    }

    /**
     * Maps one AuditEvent.
     *
     * @throws ParseException naming what is missing or malformed ({@code recorded} is required)
     */
    public Event parse(JsonNode root) {
        if (!accepts(root)) {
            throw new ParseException("not a FHIR AuditEvent (resourceType must be AuditEvent)");
        }
        Event e = new Event(new HashMap<>(), LOG_SOURCE);
        String recorded = root.path("recorded").asText(null);
        if (recorded == null) {
            throw new ParseException("AuditEvent without 'recorded'");
        }
        try {
            e.put("@timestamp", UtcInstants.format(UtcInstants.parseOffset(recorded)));
        } catch (DateTimeParseException ex) {
            throw new ParseException("AuditEvent 'recorded' is not an instant: " + recorded);
        }
        e.put("event.kind", "event");
        e.put("event.category", List.of("database"));
        putText(e, "event.id", root.path("id"));
        String action = root.path("subtype").path(0).path("code").asText(null);
        if (action != null) {
            e.put("event.action", action.startsWith("search") ? "search" : action);
        }
        if (root.has("outcome")) {
            e.put("event.outcome", "0".equals(root.path("outcome").asText()) ? "success" : "failure");
        }
        for (JsonNode agent : root.path("agent")) {
            if (agent.path("requestor").asBoolean(false)) {
                putText(e, "user.name", agent.path("who").path("identifier").path("value"));
                putText(e, "user.full_name", agent.path("who").path("display"));
                putText(e, "source.ip", agent.path("network").path("address"));
                putText(e, "ehr.purpose_of_use", agent.path("purposeOfUse").path(0).path("coding").path(0).path("code"));
                break;
            }
        }
        String resourceType = null;
        String queried = null;
        for (JsonNode entity : root.path("entity")) {
            String reference = entity.path("what").path("reference").asText("");
            if (reference.startsWith("Patient/")) {
                e.put("ehr.patient.id", reference.substring("Patient/".length()));
            }
            if ("4".equals(entity.path("role").path("code").asText()) && reference.indexOf('/') > 0) {
                resourceType = reference.substring(0, reference.indexOf('/'));
            }
            if (entity.hasNonNull("query") && queried == null) {
                queried = queryResourceType(entity.path("query").asText());
            }
            for (JsonNode detail : entity.path("detail")) {
                if ("record-count".equals(detail.path("type").asText())) {
                    try {
                        e.put("ehr.record_count", Long.parseLong(detail.path("valueString").asText().trim()));
                    } catch (NumberFormatException ex) {
                        throw new ParseException("AuditEvent record-count is not a number: " + detail.path("valueString"));
                    }
                }
            }
        }
        if (resourceType == null) {
            resourceType = queried != null ? queried : e.has("ehr.patient.id") ? "Patient" : null;
        }
        if (resourceType != null) {
            e.put("ehr.resource_type", resourceType);
        }
        putText(e, "organization.id", root.path("source").path("site"));
        putText(e, "host.name", root.path("source").path("observer").path("display"));
        return e;
    }

    private static String queryResourceType(String base64) {
        try {
            String query = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
            int q = query.indexOf('?');
            String type = (q < 0 ? query : query.substring(0, q)).replaceFirst("^/+", "");
            return type.isEmpty() ? null : type;
        } catch (IllegalArgumentException ex) {
            return null; // a query that is not base64: no resource type from it
        }
    }

    private static void putText(Event e, String field, JsonNode node) {
        if (node.isValueNode() && !node.asText().isEmpty()) {
            e.put(field, node.asText());
        }
    }
}
