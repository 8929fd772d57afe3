package vn.gov.moh.soc.portal.interfaces.rest.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.List;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.Durations;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.UnitShare;
import vn.gov.moh.soc.portal.application.dashboard.Ipv6TrafficReport;
import vn.gov.moh.soc.portal.application.dashboard.Share;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6Plan;
import vn.gov.moh.soc.portal.domain.model.protection.LayerStatus;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;

/** The dashboard as JSON: every share as {@code count}, {@code total}, {@code percent}, and the target beside it. */
public final class DashboardJson {
    private DashboardJson() {
    }

    public static JsonObject dashboard(Dashboard d) {
        return Json.createObjectBuilder().add("at", d.at().toString()).add("year", d.year())
                .add("targets", Json.createObjectBuilder().add("percent", Dashboard.TARGET_PERCENT).add("drillsPerYear", Dashboard.DRILLS_PER_YEAR))
                .add("dossiers", dossiers(d)).add("compliance", compliance(d)).add("protection", protection(d))
                .add("monitoring", monitoring(d)).add("drills", drills(d)).add("ipv6", ipv6(d)).add("incidents", incidents(d)).build();
    }

    public static JsonObjectBuilder share(Share s) {
        return Json.createObjectBuilder().add("count", s.count()).add("total", s.total()).add("percent", s.percent())
                .add("complete", s.complete());
    }

    private static JsonObjectBuilder unit(Unit u) {
        return Json.createObjectBuilder().add("unit", u.id().value()).add("name", u.name());
    }

    private static JsonArrayBuilder perUnit(List<UnitShare> rows) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        rows.forEach(r -> a.add(unit(r.unit()).add("share", share(r.share()))));
        return a;
    }

    private static JsonObjectBuilder dossiers(Dashboard d) {
        JsonArrayBuilder levels = Json.createArrayBuilder();
        d.dossiers().perLevel().forEach((level, s) -> levels.add(Json.createObjectBuilder().add("level", level).add("share", share(s))));
        return Json.createObjectBuilder().add("overall", share(d.dossiers().overall())).add("perLevel", levels)
                .add("perUnit", perUnit(d.dossiers().perUnit()));
    }

    private static JsonArrayBuilder compliance(Dashboard d) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        d.compliance().forEach(c -> a.add(Json.createObjectBuilder().add("level", c.level()).add("systems", c.systems())
                .add("fullyCompliant", c.fullyCompliant()).add("lines", c.lines()).add("compliant", c.compliantLines())
                .add("partial", c.partialLines()).add("nonCompliant", c.nonCompliantLines()).add("notApplicable", c.notApplicableLines())
                .add("notAssessed", c.notAssessedLines()).add("percentCompliant", c.percentCompliant())));
        return a;
    }

    private static JsonObjectBuilder protection(Dashboard d) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        d.protection().perUnit().forEach(u -> {
            JsonArrayBuilder layers = Json.createArrayBuilder();
            for (LayerStatus l : u.layers()) {
                JsonArrayBuilder gaps = Json.createArrayBuilder();
                l.gaps().forEach(g -> gaps.add(g.code()));
                layers.add(Json.createObjectBuilder().add("layer", l.layer().name()).add("state", l.state().name()).add("gaps", gaps));
            }
            rows.add(unit(u.unit()).add("complete", u.complete()).add("layers", layers));
        });
        return Json.createObjectBuilder().add("complete", share(d.protection().complete())).add("perUnit", rows);
    }

    private static JsonObjectBuilder monitoring(Dashboard d) {
        return Json.createObjectBuilder().add("overall", share(d.monitoring().overall())).add("dataCenter", share(d.monitoring().dataCenter()))
                .add("perUnit", perUnit(d.monitoring().perUnit()));
    }

    private static JsonObjectBuilder drills(Dashboard d) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        d.drills().perUnit().forEach(u -> rows.add(unit(u.unit()).add("held", u.held()).add("planned", u.planned())
                .add("overdue", u.overdue()).add("targetMet", u.targetMet())));
        return Json.createObjectBuilder().add("year", d.year()).add("unitsWithDrill", share(d.drills().unitsWithDrill())).add("perUnit", rows);
    }

    private static JsonObjectBuilder ipv6(Dashboard d) {
        JsonObjectBuilder phases = Json.createObjectBuilder();
        d.ipv6().plansByPhase().forEach((p, n) -> phases.add(p.name(), n));
        phases.add("DONE", d.ipv6().plansDone());
        JsonArrayBuilder plans = Json.createArrayBuilder();
        d.ipv6().plans().forEach(p -> {
            JsonObjectBuilder b = unit(p.unit()).add("plan", p.plan()).add("title", p.title())
                    .add("milestones", share(p.milestonesDone())).add("overdueMilestones", p.overdueMilestones());
            b = p.system() == null ? b.addNull("system") : b.add("system", p.system().value());
            b = p.phase() == null ? b.add("phase", "DONE") : b.add("phase", p.phase().name());
            plans.add(b);
        });
        return Json.createObjectBuilder().add("unitsWithPlan", share(d.ipv6().unitsWithPlan())).add("plansByPhase", phases)
                .add("milestones", share(d.ipv6().milestonesDone())).add("overdueMilestones", d.ipv6().overdueMilestones()).add("plans", plans);
    }

    private static JsonObjectBuilder incidents(Dashboard d) {
        JsonObjectBuilder severity = Json.createObjectBuilder();
        d.incidents().bySeverity().forEach((s, n) -> severity.add(s.name(), n));
        JsonObjectBuilder status = Json.createObjectBuilder();
        d.incidents().byStatus().forEach((s, n) -> status.add(s.name(), n));
        JsonArrayBuilder perUnit = Json.createArrayBuilder();
        d.incidents().perUnit().forEach(c -> perUnit.add(unit(c.unit()).add("severity", c.severity().name()).add("status", c.status().name())
                .add("incidents", c.incidents())));
        JsonArrayBuilder handling = Json.createArrayBuilder();
        d.incidents().handling().forEach(h -> {
            JsonObjectBuilder b = Json.createObjectBuilder();
            b = h.severity() == null ? b.add("severity", "ALL") : b.add("severity", h.severity().name());
            handling.add(b.add("detect", durations(h.detect())).add("respond", durations(h.respond())).add("resolve", durations(h.resolve())));
        });
        return Json.createObjectBuilder().add("total", d.incidents().total()).add("open", d.incidents().open()).add("bySeverity", severity)
                .add("byStatus", status).add("perUnit", perUnit).add("handling", handling);
    }

    public static JsonObject traffic(Ipv6TrafficReport r) {
        JsonArrayBuilder months = Json.createArrayBuilder();
        r.months().forEach(c -> {
            JsonObjectBuilder b = Json.createObjectBuilder().add("month", c.month().toString()).add("unit", c.unit().value());
            b = c.system() == null ? b.addNull("system") : b.add("system", c.system());
            months.add(b.add("ipv4", c.ipv4()).add("ipv6", c.ipv6()).add("ipv6Percent", c.ipv6Percent()));
        });
        JsonArrayBuilder plans = Json.createArrayBuilder();
        r.plans().forEach(p -> plans.add(plan(p)));
        JsonArrayBuilder silent = Json.createArrayBuilder();
        r.silentDualStack().forEach(s -> silent.add(plan(s.plan()).add("ipv4Events", s.ipv4Events())));
        return Json.createObjectBuilder().add("from", r.from().toString()).add("to", r.to().toString()).add("months", months)
                .add("plans", plans).add("silenceFrom", r.silenceFrom().toString()).add("dualStackWithoutIpv6", silent).build();
    }

    private static JsonObjectBuilder plan(Ipv6Plan p) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("plan", p.id() == null ? 0 : p.id().value()).add("unit", p.unit().value());
        b = p.system() == null ? b.addNull("system") : b.add("system", p.system().toString());
        return b.add("title", p.title()).add("phase", p.currentPhase().map(Enum::name).orElse("DONE"));
    }

    /** Seconds, so a client computes whatever unit it shows. */
    private static JsonObjectBuilder durations(Durations d) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("incidents", d.incidents());
        return d.median() == null ? b.addNull("medianSeconds").addNull("meanSeconds")
                : b.add("medianSeconds", seconds(d.median())).add("meanSeconds", seconds(d.mean()));
    }

    private static long seconds(Duration d) {
        return d.toSeconds();
    }
}
