package vn.gov.moh.soc.portal.infrastructure.coverage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.gov.moh.soc.portal.domain.model.coverage.AgentHeartbeat;
import vn.gov.moh.soc.portal.domain.model.coverage.AgentHeartbeat.Counters;
import vn.gov.moh.soc.portal.domain.model.coverage.AgentHeartbeat.InputState;

/**
 * Reads one record of {@code soc.agent.heartbeat} in the agents' format ({@code
 * vn.gov.moh.soc.agent.ship.Heartbeat#document}): {@code @timestamp}, {@code agent.id},
 * {@code agent.version}, {@code agent.started}, {@code unit}, {@code host.name}, {@code inputs[]}
 * ({@code name}, {@code lag_bytes}, {@code read}, {@code flagged}, {@code errors}), {@code spool}
 * ({@code bytes}, {@code full}), {@code counters} ({@code read}, {@code sent}, {@code flagged},
 * {@code send_failures}) and {@code kafka_connected}. A record that is not one is refused with
 * the reason, so the consumer can skip it and say why.
 */
public final class HeartbeatReader {
    /** Far above a real heartbeat (a few hundred bytes per input), far below what would hurt. */
    static final int MAX_BYTES = 256 * 1024;
    static final int MAX_INPUTS = 1000;
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(20).build());
    }

    private HeartbeatReader() {
    }

    /** A record that is not a heartbeat, and why. */
    public static final class MalformedHeartbeatException extends Exception {
        public MalformedHeartbeatException(String reason) {
            super(reason);
        }
    }

    /**
     * @param key    the record's key, which must be the agent's id
     * @param value  the record's value
     * @param now    when the portal reads it: a heartbeat stamped later counts as sent now
     * @param source the record, {@code topic/partition/offset}
     */
    public static AgentHeartbeat read(String key, byte[] value, Instant now, String source) throws MalformedHeartbeatException {
        if (value == null || value.length == 0) {
            throw new MalformedHeartbeatException("an empty record (no heartbeat document)");
        }
        if (value.length > MAX_BYTES) {
            throw new MalformedHeartbeatException("a record of " + value.length + " bytes (a heartbeat has at most " + MAX_BYTES + ")");
        }
        JsonNode doc;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(value)).toString();
            doc = JSON.readTree(text);
        } catch (CharacterCodingException e) {
            throw new MalformedHeartbeatException("not UTF-8");
        } catch (JsonProcessingException e) {
            throw new MalformedHeartbeatException("not JSON: " + e.getOriginalMessage());
        }
        if (doc == null || !doc.isObject()) {
            throw new MalformedHeartbeatException("not a JSON object");
        }
        String agentId = text(doc, "agent", "id", 200, true);
        if (key != null && !key.equals(agentId)) {
            throw new MalformedHeartbeatException("the key '" + key + "' is not the agent id '" + agentId + "'");
        }
        Instant sent = instant(doc.path("@timestamp"), "@timestamp", true);
        Instant started = instant(doc.path("agent").path("started"), "agent.started", false);
        List<InputState> inputs = new ArrayList<>();
        JsonNode list = doc.path("inputs");
        if (!list.isMissingNode() && !list.isArray()) {
            throw new MalformedHeartbeatException("inputs is not an array");
        }
        if (list.size() > MAX_INPUTS) {
            throw new MalformedHeartbeatException("inputs has " + list.size() + " entries (at most " + MAX_INPUTS + ")");
        }
        long lag = 0;
        for (int i = 0; i < list.size(); i++) {
            JsonNode in = list.get(i);
            String at = "inputs[" + i + "]";
            if (!in.isObject()) {
                throw new MalformedHeartbeatException(at + " is not an object");
            }
            String name;
            try {
                name = text(in, null, "name", 200, true);
            } catch (MalformedHeartbeatException e) {
                throw new MalformedHeartbeatException(at + "." + e.getMessage());
            }
            InputState s = new InputState(name, count(in, "lag_bytes", at),
                    count(in, "read", at), count(in, "flagged", at), count(in, "errors", at));
            lag += s.lagBytes();
            inputs.add(s);
        }
        JsonNode spool = doc.path("spool");
        JsonNode counters = doc.path("counters");
        return new AgentHeartbeat(agentId, text(doc, null, "unit", 200, true), text(doc, "host", "name", 255, true),
                text(doc, "agent", "version", 100, false), started, sent.isAfter(now) ? now : sent, lag,
                count(spool, "bytes", "spool"), flag(spool, "full", "spool"), flag(doc, "kafka_connected", null),
                new Counters(count(counters, "read", "counters"), count(counters, "sent", "counters"),
                        count(counters, "flagged", "counters"), count(counters, "send_failures", "counters")),
                inputs, source);
    }

    private static String text(JsonNode doc, String parent, String field, int max, boolean required) throws MalformedHeartbeatException {
        JsonNode node = parent == null ? doc.path(field) : doc.path(parent).path(field);
        String name = parent == null ? field : parent + "." + field;
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                throw new MalformedHeartbeatException(name + " is missing");
            }
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new MalformedHeartbeatException(name + " is not a non-empty text");
        }
        if (node.asText().length() > max) {
            throw new MalformedHeartbeatException(name + " is longer than " + max + " characters");
        }
        return node.asText().strip();
    }

    private static Instant instant(JsonNode node, String name, boolean required) throws MalformedHeartbeatException {
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                throw new MalformedHeartbeatException(name + " is missing");
            }
            return null;
        }
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            throw new MalformedHeartbeatException(name + " is not an ISO-8601 instant: '" + node.asText() + "'");
        }
    }

    /** A count the agent sends; an agent too old to send it says 0. */
    private static long count(JsonNode parent, String field, String at) throws MalformedHeartbeatException {
        JsonNode node = parent.path(field);
        if (node.isMissingNode()) {
            return 0;
        }
        if (!node.canConvertToExactIntegral() || !node.canConvertToLong() || node.asLong() < 0) {
            throw new MalformedHeartbeatException((at == null ? "" : at + ".") + field + " is not a count: " + node);
        }
        return node.asLong();
    }

    private static boolean flag(JsonNode parent, String field, String at) throws MalformedHeartbeatException {
        JsonNode node = parent.path(field);
        if (node.isMissingNode()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw new MalformedHeartbeatException((at == null ? "" : at + ".") + field + " is not true or false: " + node);
        }
        return node.asBoolean();
    }
}
