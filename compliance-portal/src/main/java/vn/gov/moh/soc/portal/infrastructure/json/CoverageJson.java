package vn.gov.moh.soc.portal.infrastructure.json;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import vn.gov.moh.soc.portal.domain.model.coverage.AgentHeartbeat;
import vn.gov.moh.soc.portal.domain.model.coverage.AgentHeartbeat.InputState;
import vn.gov.moh.soc.portal.domain.model.coverage.CoverageFigure;
import vn.gov.moh.soc.portal.domain.model.coverage.HostCoverage;
import vn.gov.moh.soc.portal.domain.model.coverage.SystemCoverage;

/**
 * The JSON form of monitoring coverage: the stored inputs of a heartbeat, and what the coverage
 * responses are made of (a figure, a system with its hosts, an agent's heartbeat).
 */
public final class CoverageJson {
    private CoverageJson() {
    }

    /** The inputs as stored in {@code agent_heartbeat.inputs}. */
    public static String inputs(List<InputState> inputs) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        inputs.forEach(i -> a.add(input(i)));
        return a.build().toString();
    }

    /** Reads what {@link #inputs(List)} wrote. */
    public static List<InputState> inputs(String stored) {
        try (JsonReader r = Json.createReader(new StringReader(stored))) {
            return r.readArray().getValuesAs(JsonObject.class).stream().map(o -> new InputState(o.getString("name"),
                    o.getJsonNumber("lagBytes").longValue(), o.getJsonNumber("read").longValue(),
                    o.getJsonNumber("flagged").longValue(), o.getJsonNumber("errors").longValue())).toList();
        }
    }

    private static JsonObject input(InputState i) {
        return Json.createObjectBuilder().add("name", i.name()).add("lagBytes", i.lagBytes()).add("read", i.read())
                .add("flagged", i.flagged()).add("errors", i.errors()).build();
    }

    public static JsonObject figure(CoverageFigure f) {
        return Json.createObjectBuilder().add("monitored", f.monitored()).add("systems", f.systems()).add("percent", f.percent())
                .add("complete", f.complete()).build();
    }

    /** An agent's newest heartbeat as the coverage shows it. */
    public static JsonObject heartbeat(AgentHeartbeat h, Instant now) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("agent", h.agentId()).add("host", h.hostName())
                .add("unit", nullable(h.unit())).add("version", nullable(h.agentVersion()))
                .add("started", h.agentStarted() == null ? JsonValue.NULL : Json.createValue(h.agentStarted().toString()))
                .add("lastSeen", h.seenAt().toString()).add("secondsAgo", Math.max(0, now.getEpochSecond() - h.seenAt().getEpochSecond()))
                .add("lagBytes", h.lagBytes()).add("spoolBytes", h.spoolBytes()).add("spoolFull", h.spoolFull())
                .add("kafkaConnected", h.kafkaConnected())
                .add("counters", Json.createObjectBuilder().add("read", h.counters().read()).add("sent", h.counters().sent())
                        .add("flagged", h.counters().flagged()).add("sendFailures", h.counters().sendFailures()));
        JsonArrayBuilder inputs = Json.createArrayBuilder();
        h.inputs().forEach(i -> inputs.add(input(i)));
        return b.add("inputs", inputs).add("record", h.source()).build();
    }

    /** A system with each declared host, whether it ships and its newest heartbeat. */
    public static JsonObject system(SystemCoverage s, Instant now) {
        JsonArrayBuilder hosts = Json.createArrayBuilder();
        for (HostCoverage h : s.hosts()) {
            hosts.add(Json.createObjectBuilder().add("component", h.host().component()).add("host", h.host().label())
                    .add("shipping", h.shipping())
                    .add("heartbeat", h.latest().<JsonValue>map(b -> heartbeat(b, now)).orElse(JsonValue.NULL)));
        }
        return Json.createObjectBuilder().add("id", s.system().id().value()).add("name", s.system().name())
                .add("owner", s.system().owner().value()).add("monitored", s.monitored())
                .add("declaredHosts", s.hosts().size()).add("shippingHosts", s.shippingHosts()).add("hosts", hosts).build();
    }

    private static JsonValue nullable(String s) {
        return s == null ? JsonValue.NULL : Json.createValue(s);
    }
}
