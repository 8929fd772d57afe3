package vn.gov.moh.soc.portal.interfaces.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * A Chart.js configuration (the JSON {@code p:chart} takes as its value): bars or lines over
 * labels, stacked or not, with a target as a dashed line dataset (Chart.js 4 has no annotation
 * plugin in PrimeFaces' bundle; a mixed chart's line is the reference line).
 */
final class ChartConfig {
    static final String[] COLOURS = {"#1b7a1b", "#e69138", "#b00020", "#7f7f7f", "#0b5394", "#674ea7", "#45818e", "#bf9000"};
    private static final String TARGET_COLOUR = "#cc0000";

    private final String type;
    private final List<String> labels;
    private final List<JsonObjectBuilder> datasets = new ArrayList<>();
    private boolean stacked;
    private Integer max;
    private String title;

    private ChartConfig(String type, List<String> labels) {
        this.type = type;
        this.labels = List.copyOf(labels);
    }

    static ChartConfig bar(List<String> labels) {
        return new ChartConfig("bar", labels);
    }

    static ChartConfig line(List<String> labels) {
        return new ChartConfig("line", labels);
    }

    static ChartConfig doughnut(List<String> labels) {
        return new ChartConfig("doughnut", labels);
    }

    ChartConfig stacked() {
        stacked = true;
        return this;
    }

    /** The value axis ends here (100 for percentages). */
    ChartConfig max(int value) {
        max = value;
        return this;
    }

    ChartConfig title(String text) {
        title = text;
        return this;
    }

    ChartConfig series(String label, List<? extends Number> values) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> data.add(v.doubleValue()));
        String colour = COLOURS[datasets.size() % COLOURS.length];
        JsonObjectBuilder d = Json.createObjectBuilder().add("label", label).add("data", data);
        if (type.equals("doughnut")) {
            JsonArrayBuilder colours = Json.createArrayBuilder();
            for (int i = 0; i < values.size(); i++) {
                colours.add(COLOURS[i % COLOURS.length]);
            }
            d.add("backgroundColor", colours);
        } else {
            d.add("backgroundColor", colour).add("borderColor", colour).add("fill", false);
        }
        datasets.add(d);
        return this;
    }

    /** The target as a dashed line across every label, labelled with its text. */
    ChartConfig target(String label, double value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        labels.forEach(l -> data.add(value));
        datasets.add(Json.createObjectBuilder().add("type", "line").add("label", label).add("data", data)
                .add("borderColor", TARGET_COLOUR).add("backgroundColor", TARGET_COLOUR).add("borderDash", Json.createArrayBuilder().add(6).add(4))
                .add("borderWidth", 2).add("pointRadius", 0).add("fill", false).add("order", -1)
                .add("stack", "target")); // a stack of its own: a stacked chart would otherwise pile it on the bars
        return this;
    }

    String json() {
        JsonArrayBuilder l = Json.createArrayBuilder();
        labels.forEach(l::add);
        JsonArrayBuilder d = Json.createArrayBuilder();
        datasets.forEach(d::add);
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false);
        if (!type.equals("doughnut")) {
            JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true).add("stacked", stacked);
            if (max != null) {
                y.add("max", max);
            }
            options.add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("stacked", stacked)).add("y", y));
        }
        JsonObjectBuilder plugins = Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"));
        if (title != null) {
            plugins.add("title", Json.createObjectBuilder().add("display", true).add("text", title));
        }
        options.add("plugins", plugins);
        return Json.createObjectBuilder().add("type", type).add("data", Json.createObjectBuilder().add("labels", l).add("datasets", d))
                .add("options", options).build().toString();
    }
}
