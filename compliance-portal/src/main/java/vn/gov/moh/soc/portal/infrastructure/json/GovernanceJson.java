package vn.gov.moh.soc.portal.infrastructure.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.gov.moh.soc.portal.domain.model.drill.Drill;
import vn.gov.moh.soc.portal.domain.model.drill.DrillExecution;
import vn.gov.moh.soc.portal.domain.model.drill.Scenario;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6Plan;
import vn.gov.moh.soc.portal.domain.model.ipv6.MigrationPhase;
import vn.gov.moh.soc.portal.domain.model.ipv6.Milestone;
import vn.gov.moh.soc.portal.domain.model.ipv6.MilestoneStatus;
import vn.gov.moh.soc.portal.domain.model.protection.Inspection;
import vn.gov.moh.soc.portal.domain.model.protection.MonitoringContract;
import vn.gov.moh.soc.portal.domain.model.protection.NationalConnection;
import vn.gov.moh.soc.portal.domain.model.protection.StaffMember;
import vn.gov.moh.soc.portal.domain.model.protection.UnitProtection;
import vn.gov.moh.soc.portal.domain.model.requirement.Assessment;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * The JSON form of the governance records (assessments, the 4-layer declarations, drills, IPv6
 * plans): what the REST responses start from, what is stored as documents and what the audit
 * trail keeps before and after a change. Readers read only what this class wrote.
 */
public final class GovernanceJson {
    private GovernanceJson() {
    }

    // ---- requirement assessments ----

    public static JsonObject assessment(Assessment a) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("system", a.system().value())
                .add("requirement", a.requirement())
                .add("status", a.status().name())
                .add("statusName", a.status().vietnameseName());
        optional(b, "evidence", a.finding().evidence());
        optional(b, "evidenceLink", a.finding().evidenceLink());
        optional(b, "owner", a.finding().owner());
        optional(b, "reason", a.finding().reason());
        return b.add("catalogVersion", a.catalogVersion()).add("assessedBy", a.assessedBy())
                .add("assessedAt", a.assessedAt().toString()).build();
    }

    // ---- the 4-layer declarations ----

    public static JsonObject protection(UnitProtection p) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("unit", p.unit().value()).add("onSiteForce", staff(p.onSiteForce()));
        p.monitoringContract().ifPresent(c -> b.add("monitoring", monitoring(c)));
        JsonArrayBuilder inspections = Json.createArrayBuilder();
        p.inspections().forEach(i -> inspections.add(inspection(i)));
        b.add("inspections", inspections);
        p.connection().ifPresent(n -> b.add("nationalConnection", Json.createObjectBuilder()
                .add("connectedSince", n.connectedSince().toString()).add("channel", n.channel())));
        return b.build();
    }

    public static UnitProtection readProtection(JsonObject o) {
        List<StaffMember> staff = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("onSiteForce")) {
            JsonObject s = v.asJsonObject();
            staff.add(new StaffMember(s.getString("name"), text(s, "role"), text(s, "phone"), text(s, "email"), s.getBoolean("contact")));
        }
        MonitoringContract monitoring = null;
        if (o.containsKey("monitoring")) {
            JsonObject m = o.getJsonObject("monitoring");
            monitoring = new MonitoringContract(m.getString("provider"), text(m, "contractReference"), date(m, "from"), date(m, "until"),
                    m.getJsonArray("declaredSystems").getValuesAs(JsonValue::toString).stream()
                            .map(s -> new SystemId(Long.parseLong(s))).collect(Collectors.toSet()));
        }
        List<Inspection> inspections = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("inspections")) {
            JsonObject i = v.asJsonObject();
            inspections.add(new Inspection(i.getString("inspector"), date(i, "date"), text(i, "scope"), strings(i.getJsonArray("findings"))));
        }
        NationalConnection connection = null;
        if (o.containsKey("nationalConnection")) {
            JsonObject n = o.getJsonObject("nationalConnection");
            connection = new NationalConnection(date(n, "connectedSince"), n.getString("channel"));
        }
        return new UnitProtection(UnitId.of(o.getString("unit")), staff, monitoring, inspections, connection);
    }

    private static JsonArray staff(List<StaffMember> staff) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (StaffMember s : staff) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("name", s.name());
            optional(o, "role", s.role());
            optional(o, "phone", s.phone());
            optional(o, "email", s.email());
            a.add(o.add("contact", s.contact()));
        }
        return a.build();
    }

    private static JsonObject monitoring(MonitoringContract c) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("provider", c.provider());
        optional(o, "contractReference", c.contractReference());
        o.add("from", c.from().toString());
        if (c.until() != null) {
            o.add("until", c.until().toString());
        }
        return o.add("declaredSystems", ids(c.declaredSystems())).build();
    }

    private static JsonObject inspection(Inspection i) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("inspector", i.inspector()).add("date", i.date().toString());
        optional(o, "scope", i.scope());
        return o.add("findings", array(i.findings())).build();
    }

    /** System ids in ascending order, so that equal sets give equal documents. */
    public static JsonArray ids(Collection<SystemId> ids) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        new TreeSet<>(ids.stream().map(SystemId::value).toList()).forEach(a::add);
        return a.build();
    }

    // ---- drills ----

    public static JsonObject drill(Drill d) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (d.id() != null) {
            b.add("id", d.id().value());
        }
        b.add("year", d.year()).add("organizer", d.organizer().value()).add("scope", d.scope().name()).add("title", d.title())
                .add("scenarios", scenarios(d.scenarios()))
                .add("participants", array(unitIds(d.participants())))
                .add("plannedStart", d.plannedStart().toString()).add("plannedEnd", d.plannedEnd().toString());
        d.held().ifPresent(e -> b.add("execution", execution(e)));
        return b.build();
    }

    public static JsonArray scenarios(List<Scenario> scenarios) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        scenarios.forEach(s -> a.add(Json.createObjectBuilder().add("title", s.title()).add("description", s.description())));
        return a.build();
    }

    public static List<Scenario> readScenarios(JsonArray a) {
        return a.stream().map(JsonValue::asJsonObject).map(o -> new Scenario(o.getString("title"), o.getString("description"))).toList();
    }

    public static JsonObject execution(DrillExecution e) {
        return Json.createObjectBuilder().add("startedOn", e.startedOn().toString()).add("endedOn", e.endedOn().toString())
                .add("conductedBy", e.conductedBy()).add("record", e.record())
                .add("findings", array(e.findings())).add("lessons", array(e.lessons())).build();
    }

    public static DrillExecution readExecution(JsonObject o) {
        return new DrillExecution(date(o, "startedOn"), date(o, "endedOn"), o.getString("conductedBy"), o.getString("record"),
                strings(o.getJsonArray("findings")), strings(o.getJsonArray("lessons")));
    }

    // ---- IPv6 plans ----

    public static JsonObject plan(Ipv6Plan p) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (p.id() != null) {
            b.add("id", p.id().value());
        }
        b.add("unit", p.unit().value());
        p.forSystem().ifPresent(s -> b.add("system", s.value()));
        return b.add("title", p.title()).add("milestones", milestones(p.milestones())).build();
    }

    public static JsonArray milestones(List<Milestone> milestones) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (Milestone m : milestones) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("phase", m.phase().name()).add("title", m.title())
                    .add("due", m.due().toString()).add("status", m.status().name());
            if (m.doneOn() != null) {
                o.add("doneOn", m.doneOn().toString());
            }
            a.add(o);
        }
        return a.build();
    }

    public static List<Milestone> readMilestones(JsonArray a) {
        return a.stream().map(JsonValue::asJsonObject).map(o -> new Milestone(MigrationPhase.valueOf(o.getString("phase")),
                o.getString("title"), date(o, "due"), MilestoneStatus.valueOf(o.getString("status")), date(o, "doneOn"))).toList();
    }

    // ---- helpers ----

    /** Reads a stored JSON array. */
    public static JsonArray parseArray(String json) {
        try (var reader = Json.createReader(new java.io.StringReader(json))) {
            return reader.readArray();
        }
    }

    public static JsonArray array(Collection<String> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(a::add);
        return a.build();
    }

    private static List<String> strings(JsonArray a) {
        return a.getValuesAs(JsonString::getString);
    }

    private static void optional(JsonObjectBuilder b, String key, String value) {
        if (value != null) {
            b.add(key, value);
        }
    }

    private static String text(JsonObject o, String key) {
        return o.containsKey(key) ? o.getString(key) : null;
    }

    private static LocalDate date(JsonObject o, String key) {
        return o.containsKey(key) ? LocalDate.parse(o.getString(key)) : null;
    }

    /** The unit ids of a set, as strings. */
    public static Set<String> unitIds(Collection<UnitId> units) {
        return units.stream().map(UnitId::value).collect(Collectors.toCollection(TreeSet::new));
    }
}
