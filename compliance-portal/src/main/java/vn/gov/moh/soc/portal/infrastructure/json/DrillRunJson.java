package vn.gov.moh.soc.portal.infrastructure.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillMeasurement;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRun;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillStep;
import vn.gov.moh.soc.portal.domain.model.drill.run.StepResult;

/** A drill run's steps as stored, and a run with its measurement as the API answers it. */
public final class DrillRunJson {
    private DrillRunJson() {
    }

    public static JsonArray steps(List<DrillStep> steps) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (DrillStep s : steps) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("number", s.number()).add("name", s.name())
                    .add("play", s.play()).add("expectedRules", Json.createArrayBuilder(List.copyOf(s.expectedRules())));
            instant(o, "injectedAt", s.injectedAt());
            a.add(o);
        }
        return a.build();
    }

    public static List<DrillStep> readSteps(JsonArray a) {
        List<DrillStep> steps = new ArrayList<>();
        for (JsonObject o : a.getValuesAs(JsonObject.class)) {
            Set<String> rules = new LinkedHashSet<>();
            o.getJsonArray("expectedRules").getValuesAs(jakarta.json.JsonString.class).forEach(r -> rules.add(r.getString()));
            String at = o.isNull("injectedAt") ? null : o.getString("injectedAt", null);
            steps.add(new DrillStep(o.getInt("number"), o.getString("name"), o.getString("play"), rules,
                    at == null ? null : Instant.parse(at)));
        }
        return steps;
    }

    /** The run, its mark, each step's result and times (seconds), the missed steps. */
    public static JsonObject run(DrillRun r, DrillMeasurement m) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", r.id().value()).add("drill", r.drill().value())
                .add("unit", r.unit().value()).add("mark", r.mark()).add("startedBy", r.startedBy())
                .add("startedAt", r.startedAt().toString()).add("detectionWaitSeconds", r.detectionWait().toSeconds());
        text(o, "failure", r.failure());
        JsonArrayBuilder steps = Json.createArrayBuilder();
        JsonArrayBuilder missed = Json.createArrayBuilder();
        for (StepResult s : m.steps()) {
            JsonObjectBuilder step = Json.createObjectBuilder().add("number", s.step().number()).add("name", s.step().name())
                    .add("play", s.step().play())
                    .add("expectedRules", Json.createArrayBuilder(List.copyOf(s.step().expectedRules())))
                    .add("outcome", s.outcome().name());
            instant(step, "injectedAt", s.step().injectedAt());
            if (s.alert() != null) {
                step.add("alert", Json.createObjectBuilder().add("id", s.alert().id()).add("raisedAt", s.alert().raisedAt().toString())
                        .add("rule", s.alert().ruleName() == null ? JsonValue.NULL : Json.createValue(s.alert().ruleName())));
            } else {
                step.addNull("alert");
            }
            seconds(step, "timeToDetectSeconds", s.timeToDetect());
            seconds(step, "timeToAcknowledgeSeconds", s.timeToAcknowledge());
            seconds(step, "timeToCloseSeconds", s.timeToClose());
            steps.add(step);
            if (s.outcome().missed()) {
                missed.add(s.step().number());
            }
        }
        o.add("steps", steps).add("missed", missed).add("detected", m.detected()).add("complete", m.complete());
        seconds(o, "medianTimeToDetectSeconds", m.medianTimeToDetect().orElse(null));
        seconds(o, "medianTimeToAcknowledgeSeconds", m.medianTimeToAcknowledge().orElse(null));
        seconds(o, "medianTimeToCloseSeconds", m.medianTimeToClose().orElse(null));
        return o.build();
    }

    private static void seconds(JsonObjectBuilder o, String name, Duration d) {
        if (d == null) {
            o.addNull(name);
        } else {
            o.add(name, d.toMillis() / 1000.0);
        }
    }

    private static void instant(JsonObjectBuilder o, String name, Instant i) {
        if (i == null) {
            o.addNull(name);
        } else {
            o.add(name, i.toString());
        }
    }

    private static void text(JsonObjectBuilder o, String name, String s) {
        if (s == null) {
            o.addNull(name);
        } else {
            o.add(name, s);
        }
    }
}
