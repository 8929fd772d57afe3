package vn.gov.moh.soc.portal.infrastructure.stix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;
import vn.gov.moh.soc.portal.domain.model.incident.Incident;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentPriority;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentReference;
import vn.gov.moh.soc.portal.domain.model.incident.Observable;
import vn.gov.moh.soc.portal.domain.model.incident.ObservableType;
import vn.gov.moh.soc.portal.domain.model.incident.Severity;

/**
 * The bundle against the STIX 2.1 rules a test can check: required properties per type, {@code
 * type--UUID} ids (version 4 or 5, RFC 4122 variant) with the object's type, timestamps in UTC with
 * {@code Z}, {@code spec_version} 2.1, every reference pointing into the bundle and to the right
 * type, deterministic SCO ids as §2.9 derives them (checked against Python's {@code uuid.uuid5}).
 */
class StixBundleTest {
    private static final Pattern ID = Pattern.compile("([a-z0-9][a-z0-9-]*[a-z0-9])--[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static final Set<String> SDO_SRO = Set.of("identity", "incident", "indicator", "observed-data", "sighting", "relationship");
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "identity", List.of("name"),
            "incident", List.of("name"),
            "indicator", List.of("pattern", "pattern_type", "valid_from"),
            "observed-data", List.of("first_observed", "last_observed", "number_observed", "object_refs"),
            "sighting", List.of("sighting_of_ref"),
            "relationship", List.of("relationship_type", "source_ref", "target_ref"),
            "ipv4-addr", List.of("value"), "ipv6-addr", List.of("value"), "domain-name", List.of("value"),
            "url", List.of("value"));
    private static final String SHA256 = "ab".repeat(32);

    static Incident incident() {
        Instant t0 = Instant.parse("2026-11-30T03:00:00Z");
        AlertSummary alert = new AlertSummary("a-1", Instant.parse("2026-11-30T01:00:00Z"), "r1", "SSH brute force", "high", "P1", "open",
                List.of("his-web-1"), List.of("2001:db8::5"), List.of("203.0.113.9"), List.of("nguyen.van.a"), List.of("bv-bach-mai"),
                List.of("system-4"), List.of("HIS"), 4, List.of(), List.of("T1110"), null, 12, List.of());
        Incident i = Incident.open(new IncidentReference(2026, 7), "SSH brute force — HIS", "Many failed logins", Severity.HIGH,
                IncidentPriority.P1, List.of(alert), "analyst", t0);
        i.addObservable(new Observable(ObservableType.HASH, SHA256, "dropped tool"), "analyst", t0.plusSeconds(1));
        i.addObservable(Observable.of(ObservableType.DOMAIN, "evil.example.com"), "analyst", t0.plusSeconds(2));
        i.addObservable(Observable.of(ObservableType.URL, "https://evil.example.com/it's"), "analyst", t0.plusSeconds(3));
        i.addObservable(Observable.of(ObservableType.EMAIL, "attacker@evil.example.com"), "analyst", t0.plusSeconds(4));
        i.addObservable(Observable.of(ObservableType.HASH, "d41d8cd98f00b204e9800998ecf8427e"), "analyst", t0.plusSeconds(5));
        return i;
    }

    @Test
    void everyObjectFollowsTheStixRulesAndEveryReferenceResolves() {
        ObjectNode bundle = StixBundle.of(incident(), "bv-bach-mai", "Bệnh viện Bạch Mai");
        assertThat(bundle.path("type").asText()).isEqualTo("bundle");
        assertThat(bundle.path("id").asText()).matches(ID).startsWith("bundle--");
        assertThat(bundle.has("spec_version")).as("a 2.1 bundle has no spec_version").isFalse();
        Map<String, String> types = new HashMap<>();
        for (JsonNode o : bundle.path("objects")) {
            String type = o.path("type").asText();
            String id = o.path("id").asText();
            var m = ID.matcher(id);
            assertThat(m.matches()).as(id).isTrue();
            assertThat(m.group(1)).as("id prefix of " + id).isEqualTo(type);
            assertThat(types.put(id, type)).as("unique id " + id).isNull();
            assertThat(o.path("spec_version").asText()).as(id).isEqualTo("2.1");
            if (SDO_SRO.contains(type)) {
                for (String p : List.of("created", "modified")) {
                    assertThat(o.path(p).asText()).as(id + " " + p).matches(TIMESTAMP);
                }
                assertThat(Instant.parse(o.path("modified").asText())).isAfterOrEqualTo(Instant.parse(o.path("created").asText()));
            }
            for (String p : REQUIRED.getOrDefault(type, List.of())) {
                assertThat(o.has(p)).as(id + " has " + p).isTrue();
            }
            o.fieldNames().forEachRemaining(f -> {
                if (f.endsWith("_at") || f.equals("valid_from") || f.startsWith("first_") || f.startsWith("last_")) {
                    assertThat(o.path(f).asText()).as(id + " " + f).matches(TIMESTAMP);
                }
            });
        }
        assertThat(types.values()).contains("identity", "incident", "indicator", "observed-data", "sighting", "relationship",
                "ipv4-addr", "ipv6-addr", "user-account", "domain-name", "url", "file", "email-addr");
        for (JsonNode o : bundle.path("objects")) {
            List<String> refs = new java.util.ArrayList<>();
            o.fields().forEachRemaining(f -> {
                if (f.getKey().endsWith("_ref")) {
                    refs.add(f.getValue().asText());
                } else if (f.getKey().endsWith("_refs")) {
                    f.getValue().forEach(r -> refs.add(r.asText()));
                }
            });
            assertThat(types.keySet()).as("references of " + o.path("id").asText()).containsAll(refs);
            switch (o.path("type").asText()) {
                case "sighting" -> {
                    assertThat(types.get(o.path("sighting_of_ref").asText())).isEqualTo("indicator");
                    assertThat(types.get(o.path("observed_data_refs").path(0).asText())).isEqualTo("observed-data");
                    assertThat(types.get(o.path("where_sighted_refs").path(0).asText())).isEqualTo("identity");
                }
                case "indicator" -> {
                    assertThat(o.path("pattern_type").asText()).isEqualTo("stix");
                    assertThat(o.path("pattern").asText()).startsWith("[").endsWith("]");
                }
                case "observed-data" -> assertThat(o.path("number_observed").asLong()).isBetween(1L, 999_999_999L);
                default -> {
                }
            }
        }
        long indicators = types.values().stream().filter("indicator"::equals).count();
        assertThat(types.values().stream().filter("sighting"::equals).count()).isEqualTo(indicators);
        assertThat(indicators).as("every observable but the host name").isEqualTo(incident().observables().size() - 1);
    }

    @Test
    void patternsAndObservableIdsFollowTheSpecification() {
        ObjectNode bundle = StixBundle.of(incident(), "bv-bach-mai", "Bệnh viện Bạch Mai");
        Map<String, JsonNode> byPattern = new HashMap<>();
        Map<String, JsonNode> scos = new HashMap<>();
        for (JsonNode o : bundle.path("objects")) {
            if (o.path("type").asText().equals("indicator")) {
                byPattern.put(o.path("pattern").asText(), o);
            } else {
                scos.put(o.path("id").asText(), o);
            }
        }
        assertThat(byPattern).containsKeys("[ipv4-addr:value = '203.0.113.9']", "[ipv6-addr:value = '2001:db8::5']",
                "[user-account:account_login = 'nguyen.van.a']", "[domain-name:value = 'evil.example.com']",
                "[url:value = 'https://evil.example.com/it\\'s']", "[email-addr:value = 'attacker@evil.example.com']",
                "[file:hashes.'SHA-256' = '" + SHA256 + "']", "[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']");
        // Expected ids computed independently: python3 -c "import uuid; print(uuid.uuid5(uuid.UUID('00abedb4-...'), '{\"value\":\"203.0.113.9\"}'))"
        assertThat(scos).containsKey("ipv4-addr--39090fdc-366e-571f-ab5b-d05e2918f88f");
        assertThat(scos).containsKey("file--20432b06-75d2-54b6-80ef-6d923b5d925d");
        assertThat(scos).containsKey("user-account--52b997e0-8678-57df-9c09-e0da23952761");
        assertThat(scos.get("file--20432b06-75d2-54b6-80ef-6d923b5d925d").path("hashes").path("SHA-256").asText()).isEqualTo(SHA256);
    }

    @Test
    void aReExportOfTheSameIncidentIsTheSameBundleAndAChangeMovesOnlyTheVersion() {
        Incident i = incident();
        ObjectNode first = StixBundle.of(i, "bv-bach-mai", "Bệnh viện Bạch Mai");
        assertThat(StixBundle.of(incident(), "bv-bach-mai", "Bệnh viện Bạch Mai")).isEqualTo(first);
        i.assign("nguyen.an", "analyst", Instant.parse("2026-11-30T05:00:00Z"));
        ObjectNode changed = StixBundle.of(i, "bv-bach-mai", "Bệnh viện Bạch Mai");
        JsonNode incidentBefore = first.path("objects").path(1);
        JsonNode incidentAfter = changed.path("objects").path(1);
        assertThat(incidentAfter.path("id")).isEqualTo(incidentBefore.path("id"));
        assertThat(incidentAfter.path("modified").asText()).isEqualTo("2026-11-30T05:00:00.000Z");
        assertThat(changed.path("id")).isNotEqualTo(first.path("id"));
    }

    @Test
    void uuid5MatchesTheRfcExample() {
        // RFC 9562 Appendix A.4: "www.example.com" in the DNS namespace.
        assertThat(StixIds.uuid5(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"))
                .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }
}
