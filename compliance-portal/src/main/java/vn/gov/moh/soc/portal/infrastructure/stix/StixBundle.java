package vn.gov.moh.soc.portal.infrastructure.stix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.gov.moh.soc.portal.domain.model.incident.Incident;
import vn.gov.moh.soc.portal.domain.model.incident.LinkedAlert;
import vn.gov.moh.soc.portal.domain.model.incident.Observable;

/**
 * An incident as a STIX 2.1 bundle: the reporting unit's {@code identity} (creator of every
 * object), the {@code incident}, one {@code indicator} per observable with a STIX pattern, one
 * {@code observed-data} holding the observables as cyber-observable objects (ipv4-addr, ipv6-addr,
 * user-account, domain-name, url, file with its hash, email-addr), a {@code sighting} of each
 * indicator in that observed data by the unit, and {@code related-to} relationships from the
 * indicators and the observed data to the incident. Host names have no cyber-observable type of
 * their own and stay out (the affected systems are in the incident's description).
 *
 * <p>Ids are UUIDv5 ({@link StixIds}) and timestamps come from the incident, so exporting an
 * unchanged incident twice gives the same bundle; a change gives new {@code modified} times.
 */
public final class StixBundle {
    static final String SPEC_VERSION = "2.1";
    /**
     * The identity's created/modified: one fixed version of the unit's identity object for every
     * bundle (a time taken from each incident would make conflicting versions of one id).
     */
    static final Instant IDENTITY_VERSION = Instant.parse("2026-01-01T00:00:00Z");
    private static final DateTimeFormatter STIX_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_COUNT = 999_999_999;
    /** Sorted keys and no spaces: the canonical JSON (RFC 8785) of the id-contributing properties, for our value shapes. */
    private static final ObjectMapper CANONICAL = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    private static final ObjectMapper JSON = new ObjectMapper();

    private StixBundle() {
    }

    /**
     * @param unitId   the reporting unit's id
     * @param unitName its name
     */
    public static ObjectNode of(Incident incident, String unitId, String unitName) {
        String ref = incident.reference().toString();
        String created = time(incident.createdAt());
        String modified = time(incident.modifiedAt());
        List<ObjectNode> objects = new ArrayList<>();

        String identityId = StixIds.of("identity", StixIds.PORTAL_NAMESPACE, "identity|" + unitId);
        ObjectNode identity = common("identity", identityId, time(IDENTITY_VERSION), time(IDENTITY_VERSION));
        identity.put("name", unitName);
        identity.put("identity_class", "organization");
        identity.putArray("sectors").add("healthcare");
        identity.putArray("external_references").addObject().put("source_name", "vn-moh-unit").put("external_id", unitId);
        objects.add(identity);

        String incidentId = StixIds.of("incident", StixIds.PORTAL_NAMESPACE, "incident|" + ref);
        ObjectNode sdo = common("incident", incidentId, created, modified);
        sdo.put("created_by_ref", identityId);
        sdo.put("name", ref + ": " + incident.title());
        sdo.put("description", description(incident));
        sdo.putArray("labels").add("severity:" + lower(incident.severity().name())).add("priority:" + incident.priority().name())
                .add("status:" + lower(incident.status().name()));
        sdo.putArray("external_references").addObject().put("source_name", "vn-moh-soc").put("external_id", ref);
        objects.add(sdo);

        List<ObjectNode> scos = new ArrayList<>();
        List<ObjectNode> indicators = new ArrayList<>();
        for (Observable o : incident.observables()) {
            ObjectNode sco = sco(o);
            if (sco == null) {
                continue;
            }
            scos.add(sco);
            ObjectNode indicator = common("indicator", StixIds.of("indicator", StixIds.PORTAL_NAMESPACE,
                    "indicator|" + ref + "|" + o.type() + "|" + o.value()), created, modified);
            indicator.put("created_by_ref", identityId);
            indicator.put("name", lower(o.type().name()) + " " + o.value());
            if (o.note() != null) {
                indicator.put("description", o.note());
            }
            indicator.putArray("indicator_types").add("anomalous-activity");
            indicator.put("pattern", pattern(o));
            indicator.put("pattern_type", "stix");
            indicator.put("pattern_version", SPEC_VERSION);
            indicator.put("valid_from", time(incident.detectedAt()));
            indicators.add(indicator);
        }
        objects.addAll(indicators);

        if (!scos.isEmpty()) {
            Instant first = incident.alerts().stream().map(LinkedAlert::timestamp).filter(Objects::nonNull).min(Comparator.naturalOrder())
                    .orElse(incident.detectedAt());
            Instant last = incident.alerts().stream().map(LinkedAlert::timestamp).filter(Objects::nonNull).max(Comparator.naturalOrder())
                    .orElse(first);
            long events = Math.max(1, Math.min(MAX_COUNT, incident.alerts().stream().mapToLong(LinkedAlert::eventCount).sum()));
            String observedId = StixIds.of("observed-data", StixIds.PORTAL_NAMESPACE, "observed-data|" + ref);
            ObjectNode observed = common("observed-data", observedId, created, modified);
            observed.put("created_by_ref", identityId);
            observed.put("first_observed", time(first));
            observed.put("last_observed", time(last));
            observed.put("number_observed", events);
            ArrayNode refs = observed.putArray("object_refs");
            scos.forEach(s -> refs.add(s.get("id").asText()));
            objects.add(observed);
            objects.addAll(scos);
            int sightings = Math.max(1, Math.min(MAX_COUNT, incident.alerts().size()));
            for (ObjectNode indicator : indicators) {
                String indicatorId = indicator.get("id").asText();
                ObjectNode sighting = common("sighting", StixIds.of("sighting", StixIds.PORTAL_NAMESPACE, "sighting|" + indicatorId),
                        created, modified);
                sighting.put("created_by_ref", identityId);
                sighting.put("first_seen", time(first));
                sighting.put("last_seen", time(last));
                sighting.put("count", sightings);
                sighting.put("sighting_of_ref", indicatorId);
                sighting.putArray("observed_data_refs").add(observedId);
                sighting.putArray("where_sighted_refs").add(identityId);
                objects.add(sighting);
                objects.add(relationship(indicatorId, incidentId, identityId, created, modified));
            }
            objects.add(relationship(observedId, incidentId, identityId, created, modified));
        }

        ObjectNode bundle = JSON.createObjectNode();
        bundle.put("type", "bundle");
        bundle.put("id", StixIds.of("bundle", StixIds.PORTAL_NAMESPACE, "bundle|" + ref + "|" + modified));
        bundle.putArray("objects").addAll(objects);
        return bundle;
    }

    private static ObjectNode relationship(String source, String target, String identityId, String created, String modified) {
        ObjectNode r = common("relationship", StixIds.of("relationship", StixIds.PORTAL_NAMESPACE,
                "relationship|" + source + "|related-to|" + target), created, modified);
        r.put("created_by_ref", identityId);
        r.put("relationship_type", "related-to");
        r.put("source_ref", source);
        r.put("target_ref", target);
        return r;
    }

    private static ObjectNode common(String type, String id, String created, String modified) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", type);
        o.put("spec_version", SPEC_VERSION);
        o.put("id", id);
        o.put("created", created);
        o.put("modified", modified);
        return o;
    }

    /** The cyber-observable object of an observable, its id from its id-contributing properties; null for host names. */
    private static ObjectNode sco(Observable o) {
        ObjectNode contributing = JSON.createObjectNode();
        String type;
        switch (o.type()) {
            case IP -> {
                type = o.ipv6() ? "ipv6-addr" : "ipv4-addr";
                contributing.put("value", o.value());
            }
            case DOMAIN -> {
                type = "domain-name";
                contributing.put("value", o.value());
            }
            case URL -> {
                type = "url";
                contributing.put("value", o.value());
            }
            case EMAIL -> {
                type = "email-addr";
                contributing.put("value", o.value());
            }
            case USER -> {
                type = "user-account";
                contributing.put("account_login", o.value());
            }
            case HASH -> {
                type = "file";
                contributing.putObject("hashes").put(o.hashAlgorithm(), o.value());
            }
            default -> {
                return null;
            }
        }
        ObjectNode sco = JSON.createObjectNode();
        sco.put("type", type);
        sco.put("spec_version", SPEC_VERSION);
        sco.put("id", StixIds.of(type, StixIds.SCO_NAMESPACE, canonical(contributing)));
        sco.setAll(contributing);
        return sco;
    }

    /** The STIX pattern that matches the observable. */
    static String pattern(Observable o) {
        String v = literal(o.value());
        return switch (o.type()) {
            case IP -> "[" + (o.ipv6() ? "ipv6-addr" : "ipv4-addr") + ":value = " + v + "]";
            case DOMAIN -> "[domain-name:value = " + v + "]";
            case URL -> "[url:value = " + v + "]";
            case EMAIL -> "[email-addr:value = " + v + "]";
            case USER -> "[user-account:account_login = " + v + "]";
            case HASH -> "[file:hashes." + (o.hashAlgorithm().equals("MD5") ? "MD5" : "'" + o.hashAlgorithm() + "'") + " = " + v + "]";
            case HOST -> throw new IllegalArgumentException("a host name has no STIX pattern");
        };
    }

    /** A STIX pattern string literal: quotes and backslashes escaped. */
    private static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String description(Incident i) {
        StringBuilder s = new StringBuilder();
        if (i.description() != null) {
            s.append(i.description()).append("\n\n");
        }
        s.append("Severity ").append(i.severity()).append(", priority ").append(i.priority()).append(", status ").append(i.status());
        if (i.resolution() != null) {
            s.append(" (").append(i.resolution()).append(')');
        }
        s.append(". Detected ").append(time(i.detectedAt())).append('.');
        if (!i.systems().isEmpty()) {
            s.append(" Affected systems: ");
            s.append(String.join(", ", i.systems().stream().map(a -> a.name() == null ? a.id() : a.name() + " (" + a.id() + ")").toList()));
            s.append('.');
        }
        if (i.systemLevel() > 0) {
            s.append(" Highest Decree 85 level: ").append(i.systemLevel()).append('.');
        }
        return s.toString();
    }

    private static String canonical(ObjectNode contributing) {
        try {
            return CANONICAL.writeValueAsString(CANONICAL.treeToValue(contributing, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree is always writable", e);
        }
    }

    static String time(Instant t) {
        return STIX_TIME.format(t);
    }

    private static String lower(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
