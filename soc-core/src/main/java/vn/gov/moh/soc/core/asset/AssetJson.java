package vn.gov.moh.soc.core.asset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * JSON form of an {@link Asset} on {@code soc.assets}; a record with a null value (a tombstone)
 * means the asset with that key is deleted.
 * <pre>{"id":"bv-bach-mai-his","unit":"bv-bach-mai",
 * "system":{"id":"bv-bach-mai-his","name":"Hệ thống thông tin bệnh viện","level":3},
 * "criticality":"critical","hosts":["his-web-01"],"ranges":["10.10.1.0/24","2001:db8:10:1::/64"]}</pre>
 *
 * <p>Reading is strict: a missing field, a wrong type, a level outside 1–5, a range that is not a
 * CIDR block (or has bits set after its prefix, like {@code 10.1.2.5/24}) is an error naming the
 * field. Unknown fields are ignored on the topic, so that the portal can add some before the jobs
 * know them, and refused in inventory files, where they are typos.
 */
public final class AssetJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8)
                            .maxStringLength(1024 * 1024).build()).build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");
    private static final Pattern UNIT = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9_](?:[A-Za-z0-9._-]{0,252})");
    private static final Set<String> FIELDS = Set.of("id", "unit", "system", "criticality", "hosts", "ranges");
    private static final Set<String> SYSTEM_FIELDS = Set.of("id", "name", "level");

    private AssetJson() {
    }

    public static byte[] write(Asset a) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", a.id());
        root.put("unit", a.unitId());
        ObjectNode system = root.putObject("system");
        system.put("id", a.systemId());
        system.put("name", a.systemName());
        system.put("level", a.level().number());
        root.put("criticality", a.criticality().jsonName());
        ArrayNode hosts = root.putArray("hosts");
        a.hostNames().forEach(hosts::add);
        ArrayNode ranges = root.putArray("ranges");
        a.ranges().forEach(r -> ranges.add(r.toCanonicalString()));
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads an asset from the topic.
     *
     * @throws IllegalArgumentException naming the field that is missing or wrong, or saying the text is not JSON
     */
    public static Asset read(byte[] json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a valid asset: "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
        return fromTree(node, false);
    }

    /**
     * Builds an asset from its parts with the same checks as reading it (for a producer such as the
     * portal, which holds the inventory in its own model): the result is what {@link #write} sends.
     *
     * @param ranges CIDR blocks or single addresses, IPv4 or IPv6
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public static Asset asset(String id, String unitId, String systemId, String systemName, SecurityLevel level,
            Criticality criticality, List<String> hostNames, List<String> ranges) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", id);
        root.put("unit", unitId);
        ObjectNode system = root.putObject("system");
        system.put("id", systemId);
        system.put("name", systemName);
        system.put("level", level.number());
        root.put("criticality", criticality.jsonName());
        hostNames.forEach(root.putArray("hosts")::add);
        ranges.forEach(root.putArray("ranges")::add);
        return fromTree(root, true);
    }

    /** Reads an asset from a parsed JSON or YAML tree; {@code strict} refuses unknown fields. */
    static Asset fromTree(JsonNode node, boolean strict) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("an asset must be an object");
        }
        if (strict) {
            refuseUnknown(node, FIELDS, "");
        }
        String id = text(node, "id", "id", ID);
        String unit = text(node, "unit", "unit", UNIT);
        JsonNode system = node.get("system");
        if (system == null || !system.isObject()) {
            throw new IllegalArgumentException("field 'system': must be an object with id, name and level");
        }
        if (strict) {
            refuseUnknown(system, SYSTEM_FIELDS, "system.");
        }
        String systemId = text(system, "id", "system.id", ID);
        String systemName = text(system, "name", "system.name", null);
        JsonNode levelNode = system.get("level");
        if (levelNode == null || !levelNode.canConvertToInt() || !levelNode.isIntegralNumber()) {
            throw new IllegalArgumentException("field 'system.level': must be a whole number from 1 to 5");
        }
        SecurityLevel level;
        try {
            level = SecurityLevel.of(levelNode.intValue());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 'system.level': " + e.getMessage());
        }
        Criticality criticality;
        String c = text(node, "criticality", "criticality", null);
        try {
            criticality = Criticality.ofJsonName(c);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field 'criticality': " + e.getMessage());
        }
        List<String> hosts = new ArrayList<>();
        int i = 0;
        for (JsonNode h : array(node, "hosts")) {
            String where = "hosts[" + i++ + "]";
            if (!h.isTextual() || !HOST.matcher(h.textValue()).matches()) {
                throw new IllegalArgumentException("field '" + where + "': " + h + " is not a host name");
            }
            hosts.add(h.textValue());
        }
        List<IPAddress> ranges = new ArrayList<>();
        i = 0;
        for (JsonNode r : array(node, "ranges")) {
            String where = "ranges[" + i++ + "]";
            if (!r.isTextual()) {
                throw new IllegalArgumentException("field '" + where + "': must be a string such as 10.10.1.0/24");
            }
            try {
                ranges.add(block(r.textValue()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("field '" + where + "': " + e.getMessage());
            }
        }
        if (hosts.isEmpty() && ranges.isEmpty()) {
            throw new IllegalArgumentException("fields 'hosts' and 'ranges': an asset needs at least one host name or range");
        }
        return new Asset(id, unit, systemId, systemName, level, criticality, hosts, ranges);
    }

    /** Parses a CIDR block or a single address, IPv4 or IPv6. */
    static IPAddress block(String text) {
        IPAddressString s = new IPAddressString(text.strip());
        IPAddress a = s.getAddress();
        if (a == null || !(a.isIPv4() || a.isIPv6())) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 or IPv6 address or CIDR block");
        }
        if (a.isPrefixed()) {
            if (!a.isPrefixBlock()) {
                throw new IllegalArgumentException("'" + text + "' has bits set after its /" + a.getNetworkPrefixLength()
                        + " prefix; the block is " + a.toPrefixBlock().toCanonicalString());
            }
            return a.toPrefixBlock();
        }
        if (a.isMultiple()) {
            throw new IllegalArgumentException("'" + text + "' is a range, not a CIDR block");
        }
        return a;
    }

    private static void refuseUnknown(JsonNode node, Set<String> known, String prefix) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new IllegalArgumentException("field '" + prefix + name + "': unknown (known: "
                        + known.stream().sorted().toList() + ")");
            }
        }
    }

    private static String text(JsonNode node, String name, String where, Pattern pattern) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("field '" + where + "': missing");
        }
        if (!v.isTextual() || v.textValue().isBlank()) {
            throw new IllegalArgumentException("field '" + where + "': must be a non-empty string");
        }
        if (pattern != null && !pattern.matcher(v.textValue()).matches()) {
            throw new IllegalArgumentException("field '" + where + "': '" + v.textValue() + "' is not valid (expected "
                    + (pattern == UNIT ? "a unit code such as bv-bach-mai" : "letters, digits, '.', '_', ':' or '-'") + ")");
        }
        return v.textValue();
    }

    private static Iterable<JsonNode> array(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("field '" + name + "': must be a list");
        }
        return v;
    }
}
