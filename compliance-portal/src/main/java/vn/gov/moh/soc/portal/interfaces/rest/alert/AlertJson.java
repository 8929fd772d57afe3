package vn.gov.moh.soc.portal.interfaces.rest.alert;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import vn.gov.moh.soc.portal.application.alert.TriageResult;
import vn.gov.moh.soc.portal.domain.model.alert.AlertDetail;
import vn.gov.moh.soc.portal.domain.model.alert.AlertGroup;
import vn.gov.moh.soc.portal.domain.model.alert.AlertGroupPage;
import vn.gov.moh.soc.portal.domain.model.alert.AlertPage;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;

/** The queue's JSON: an alert row, a page, a group, a detail, a triage result. */
final class AlertJson {
    private AlertJson() {
    }

    static JsonObject alert(AlertSummary a) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", a.id());
        add(o, "timestamp", a.timestamp() == null ? null : a.timestamp().toString());
        JsonObjectBuilder rule = Json.createObjectBuilder();
        add(rule, "id", a.ruleId());
        add(rule, "name", a.ruleName());
        add(rule, "level", a.ruleLevel());
        o.add("rule", rule);
        add(o, "priority", a.priority());
        add(o, "status", a.status());
        o.add("hosts", list(a.hostNames())).add("hostIps", list(a.hostIps())).add("sourceIps", list(a.sourceIps()))
                .add("users", list(a.userNames())).add("units", list(a.unitIds())).add("systemIds", list(a.systemIds()))
                .add("systemNames", list(a.systemNames())).add("systemLevel", a.systemLevel())
                .add("tactics", list(a.tactics())).add("techniques", list(a.techniques()));
        add(o, "groupKey", a.groupKey());
        add(o, "drill", a.drill());
        return o.add("eventCount", a.eventCount()).add("eventIds", list(a.eventIds())).build();
    }

    static JsonObject page(AlertPage p) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        p.alerts().forEach(a -> items.add(alert(a)));
        JsonObjectBuilder o = Json.createObjectBuilder().add("total", p.total()).add("totalIsLowerBound", p.totalIsLowerBound())
                .add("items", items);
        add(o, "next", p.next());
        return o.build();
    }

    static JsonObject groups(AlertGroupPage p) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (AlertGroup g : p.groups()) {
            JsonObjectBuilder statuses = Json.createObjectBuilder();
            g.statuses().forEach(statuses::add);
            JsonObjectBuilder o = Json.createObjectBuilder().add("rule", g.ruleId());
            add(o, "key", g.key());
            o.add("keyIsHost", g.keyIsHost()).add("count", g.count()).add("firstSeen", g.firstSeen().toString())
                    .add("lastSeen", g.lastSeen().toString());
            add(o, "topPriority", g.topPriority());
            items.add(o.add("statuses", statuses).add("latest", alert(g.latest())));
        }
        JsonObjectBuilder o = Json.createObjectBuilder().add("items", items);
        add(o, "next", p.next());
        return o.build();
    }

    static JsonObject detail(AlertDetail d) {
        AlertDetail.Triage t = d.triage();
        JsonObjectBuilder triage = Json.createObjectBuilder();
        add(triage, "by", t.by());
        add(triage, "at", t.at() == null ? null : t.at().toString());
        add(triage, "reason", t.reason());
        add(triage, "incidentReference", t.incidentReference());
        JsonObject document;
        try (var reader = Json.createReader(new StringReader(d.documentJson()))) {
            document = reader.readObject();
        }
        return Json.createObjectBuilder(alert(d.summary())).add("triage", triage).add("document", document).build();
    }

    static JsonObject triage(TriageResult r) {
        JsonObjectBuilder failed = Json.createObjectBuilder();
        r.failed().forEach(failed::add);
        return Json.createObjectBuilder().add("changed", list(r.changed())).add("unchanged", list(r.unchanged()))
                .add("failed", failed).build();
    }

    static JsonObject count(long count, Instant since) {
        return Json.createObjectBuilder().add("count", count).add("since", since.toString()).build();
    }

    private static JsonArrayBuilder list(List<String> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    private static void add(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }
}
