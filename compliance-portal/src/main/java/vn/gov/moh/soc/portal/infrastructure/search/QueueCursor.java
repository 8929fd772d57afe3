package vn.gov.moh.soc.portal.infrastructure.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.moh.soc.portal.application.InvalidFieldException;

/**
 * The opaque {@code after} of the queue's pages: the sort values of the last alert (with the order
 * they belong to, so that a cursor of another order is refused rather than misread), or the last
 * group of the grouped view (or, on an index holding alerts written before the job named their
 * group, the last keys of its two composites). Base64url of a small JSON object.
 */
final class QueueCursor {
    static final String FIELD = "after";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LENGTH = 4096;

    private QueueCursor() {
    }

    /** Sort values of a page's last alert, for the order named {@code order}. */
    static String ofSortValues(String order, List<FieldValue> values) {
        ObjectNode o = JSON.createObjectNode().put("o", order);
        ArrayNode v = o.putArray("v");
        values.forEach(x -> v.add(node(x)));
        return encode(o);
    }

    /** The sort values of a cursor made for {@code order} with {@code count} values; empty for none. */
    static List<FieldValue> sortValues(String cursor, String order, int count) {
        if (cursor == null || cursor.isBlank()) {
            return List.of();
        }
        JsonNode o = decode(cursor);
        JsonNode v = o.path("v");
        if (!order.equals(o.path("o").asText()) || !v.isArray() || v.size() != count) {
            throw invalid("it belongs to another order or filter than " + order);
        }
        List<FieldValue> out = new ArrayList<>();
        v.forEach(x -> out.add(value(x)));
        return out;
    }

    /** The grouped view's position: each composite's last key, or that it is exhausted. */
    record GroupPosition(Map<String, FieldValue> keyed, boolean keyedDone, Map<String, FieldValue> hosts, boolean hostsDone) {
        static final GroupPosition START = new GroupPosition(null, false, null, false);

        boolean done() {
            return keyedDone && hostsDone;
        }
    }

    /** Where a page of groups starts: after a group, after the two composites' keys, or at the start (both null). */
    record GroupsAfter(String group, GroupPosition legacy) {
        static final GroupsAfter START = new GroupsAfter(null, null);
    }

    /** After the group named {@code lastGroup} ({@code soc.alert.group}). */
    static String ofGroup(String lastGroup) {
        return encode(JSON.createObjectNode().put("gn", lastGroup));
    }

    static GroupsAfter groupsAfter(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return GroupsAfter.START;
        }
        JsonNode o = decode(cursor);
        if (o.has("gn")) {
            if (!o.path("gn").isTextual()) {
                throw invalid("its group is not a text");
            }
            return new GroupsAfter(o.path("gn").asText(), null);
        }
        return new GroupsAfter(null, groups(cursor));
    }

    static String ofGroups(GroupPosition p) {
        ObjectNode o = JSON.createObjectNode().put("g", true);
        side(o, "k", p.keyed(), p.keyedDone());
        side(o, "h", p.hosts(), p.hostsDone());
        return encode(o);
    }

    static GroupPosition groups(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return GroupPosition.START;
        }
        JsonNode o = decode(cursor);
        if (!o.path("g").asBoolean()) {
            throw invalid("it is a cursor of the alert list, not of the groups");
        }
        return new GroupPosition(key(o.path("k")), o.path("kd").asBoolean(), key(o.path("h")), o.path("hd").asBoolean());
    }

    private static void side(ObjectNode o, String name, Map<String, FieldValue> key, boolean done) {
        o.put(name + "d", done);
        if (key != null) {
            ObjectNode k = o.putObject(name);
            key.forEach((f, v) -> k.set(f, node(v)));
        }
    }

    private static Map<String, FieldValue> key(JsonNode k) {
        if (k.isMissingNode() || k.isNull()) {
            return null;
        }
        if (!k.isObject()) {
            throw invalid("a group key is not an object");
        }
        Map<String, FieldValue> out = new LinkedHashMap<>();
        k.fields().forEachRemaining(e -> out.put(e.getKey(), value(e.getValue())));
        return out;
    }

    private static JsonNode node(FieldValue v) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (v._kind()) {
            case Long -> f.numberNode(v.longValue());
            case Double -> f.numberNode(v.doubleValue());
            case Boolean -> f.booleanNode(v.booleanValue());
            case String -> f.textNode(v.stringValue());
            case Null -> f.nullNode();
            case Any -> f.textNode(String.valueOf(v._get()));
        };
    }

    private static FieldValue value(JsonNode x) {
        if (x.isNull()) {
            return FieldValue.NULL;
        }
        if (x.isIntegralNumber()) {
            return FieldValue.of(x.asLong());
        }
        if (x.isNumber()) {
            return FieldValue.of(x.asDouble());
        }
        if (x.isBoolean()) {
            return FieldValue.of(x.asBoolean());
        }
        if (x.isTextual()) {
            return FieldValue.of(x.asText());
        }
        throw invalid("it holds a value of no sortable kind");
    }

    private static String encode(JsonNode o) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(o.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode decode(String cursor) {
        if (cursor.length() > MAX_LENGTH) {
            throw invalid("it is longer than any cursor the queue gives");
        }
        try {
            JsonNode o = JSON.readTree(Base64.getUrlDecoder().decode(cursor.strip()));
            if (o == null || !o.isObject()) {
                throw invalid("it is not one the queue gave");
            }
            return o;
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw invalid("it is not one the queue gave");
        }
    }

    private static InvalidFieldException invalid(String why) {
        return new InvalidFieldException(FIELD, "after is the 'next' cursor of the previous page; this one is refused: " + why);
    }
}
