package vn.gov.moh.soc.agent.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.LogSource;

/**
 * Test-side stand-in for the FHIR AuditEvent parser that soc-core does not have yet: maps one
 * AuditEvent (JSON) to the ECS fields the EHR rules read (rules/README.md, "Fields").
 *
 * <pre>
 * recorded (any offset)                         -> @timestamp (UTC)
 * id                                            -> event.id
 * subtype[0].code (search-type etc. -> search)  -> event.action
 * outcome "0" / other                           -> event.outcome success / failure
 * agent[requestor=true].who.identifier.value    -> user.name
 * agent[requestor=true].who.display             -> user.full_name
 * agent[requestor=true].network.address         -> source.ip
 * agent[requestor=true].purposeOfUse[0].coding[0].code -> ehr.purpose_of_use
 * entity[].what.reference "Patient/&lt;id&gt;"        -> ehr.patient.id
 * entity[role 4 Domain Resource].what.reference type, else the
 *   query's resource type (base64 entity.query), else Patient -> ehr.resource_type
 * source.site                                   -> organization.id
 * source.observer.display                       -> host.name
 * log source                                    -> product ehr, service audit
 * </pre>
 */
final class FhirAuditEventMapping {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FhirAuditEventMapping() {
    }

    static Event map(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!"AuditEvent".equals(root.path("resourceType").asText())) {
            throw new IllegalArgumentException("not an AuditEvent: " + json);
        }
        Event e = new Event(new HashMap<>(), new LogSource("ehr", java.util.Set.of(), "audit"));
        e.put("@timestamp", OffsetDateTime.parse(root.path("recorded").asText()).toInstant().toString());
        e.put("event.id", root.path("id").asText());
        e.put("event.kind", "event");
        String action = root.path("subtype").path(0).path("code").asText();
        e.put("event.action", action.startsWith("search") ? "search" : action);
        e.put("event.outcome", "0".equals(root.path("outcome").asText()) ? "success" : "failure");
        for (JsonNode agent : root.path("agent")) {
            if (agent.path("requestor").asBoolean()) {
                e.put("user.name", agent.path("who").path("identifier").path("value").asText());
                e.put("user.full_name", agent.path("who").path("display").asText());
                e.put("source.ip", agent.path("network").path("address").asText());
                e.put("ehr.purpose_of_use", agent.path("purposeOfUse").path(0).path("coding").path(0).path("code").asText());
            }
        }
        String resourceType = null;
        for (JsonNode entity : root.path("entity")) {
            String reference = entity.path("what").path("reference").asText("");
            if (reference.startsWith("Patient/")) {
                e.put("ehr.patient.id", reference.substring("Patient/".length()));
            }
            if ("4".equals(entity.path("role").path("code").asText()) && reference.contains("/")) {
                resourceType = reference.substring(0, reference.indexOf('/'));
            }
            if (entity.has("query") && resourceType == null) {
                String query = new String(Base64.getDecoder().decode(entity.path("query").asText()), StandardCharsets.UTF_8);
                int q = query.indexOf('?');
                resourceType = q < 0 ? query : query.substring(0, q);
            }
        }
        if (resourceType == null && e.has("ehr.patient.id")) {
            resourceType = "Patient";
        }
        if (resourceType != null) {
            e.put("ehr.resource_type", resourceType);
        }
        e.put("organization.id", root.path("source").path("site").asText());
        e.put("host.name", root.path("source").path("observer").path("display").asText());
        e.put("event.category", List.of("database"));
        return e;
    }
}
