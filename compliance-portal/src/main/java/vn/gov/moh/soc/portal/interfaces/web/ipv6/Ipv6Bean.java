package vn.gov.moh.soc.portal.interfaces.web.ipv6;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.AccessPolicy;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.InventoryService;
import vn.gov.moh.soc.portal.application.Ipv6PlanService;
import vn.gov.moh.soc.portal.application.LocalDay;
import vn.gov.moh.soc.portal.application.NotFoundException;
import vn.gov.moh.soc.portal.application.dashboard.Ipv6TrafficReport;
import vn.gov.moh.soc.portal.application.dashboard.Ipv6TrafficService;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6Plan;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6PlanId;
import vn.gov.moh.soc.portal.domain.model.ipv6.MigrationPhase;
import vn.gov.moh.soc.portal.domain.model.ipv6.MilestoneStatus;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.SystemQuery;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitHierarchy;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.infrastructure.search.SearchUnavailableException;
import vn.gov.moh.soc.portal.interfaces.rest.ipv6.Ipv6PlanRequest;
import vn.gov.moh.soc.portal.interfaces.web.FieldMessages;
import vn.gov.moh.soc.portal.interfaces.web.security.BrowserCaller;

/**
 * IPv6 migration ({@code ipv6.xhtml[?unit=][&system=]}): the plans the user may read (of one unit
 * with {@code unit}) with their current phase and overdue milestones, each beside its IPv6 share
 * measured from the events by the dashboard's {@link Ipv6TrafficService} (the same months, the same
 * dual-stack-without-IPv6 flag), and a plan's editing for those who may change its unit. The form's
 * texts are read by the API's own request ({@link Ipv6PlanRequest}), so page and client are
 * refused alike.
 */
@Named("ipv6Page")
@ViewScoped
public class Ipv6Bean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "plan";
    private static final int TRAFFIC_MONTHS = 12;
    private static final Pattern MILESTONE = Pattern.compile("milestones\\[(\\d+)]\\.(\\w+)");

    @Inject
    Ipv6PlanService plans;
    @Inject
    Ipv6TrafficService traffic;
    @Inject
    InventoryService inventory;
    @Inject
    BrowserCaller me;

    private String unit;
    private Long system;
    private boolean loaded;
    private String unitName;
    private boolean mayCreate;
    private String trafficProblem;
    private int silenceDays;
    private transient List<PlanRow> rows = List.of();
    private transient List<InformationSystem> unitSystems = List.of();

    /** The plan being edited: its id (null for a new plan), unit, system, title and milestones. */
    private boolean editing;
    private Long editedId;
    private String editedUnit;
    private Long editedSystem;
    private String title;
    private List<MilestoneForm> milestones = new ArrayList<>();

    /** The view action. */
    public void load() {
        try {
            show();
            loaded = true;
        } catch (AccessDeniedException | NotFoundException e) {
            FieldMessages.refused(FORM, e);
        } catch (IllegalArgumentException e) {
            FieldMessages.refused(FORM, new NotFoundException(e.getMessage()));
        }
    }

    private void show() {
        UnitHierarchy tree = inventory.units();
        UnitId only = unit == null || unit.isBlank() ? null : UnitId.of(unit);
        if (only != null) {
            unitName = tree.find(only).map(Unit::name).orElseThrow(() -> new NotFoundException("no unit " + unit));
            AccessPolicy.requireRead(me.caller(), only, tree, "IPv6 plans");
            mayCreate = AccessPolicy.canChange(me.caller(), only, tree);
            unitSystems = inventory.list(me.caller(), only, null, SystemQuery.Sort.NAME, false, 0, 500).systems();
        }
        List<Ipv6Plan> declared = plans.list(me.caller(), only);
        Ipv6TrafficReport report = null;
        try {
            report = traffic.report(me.caller(), TRAFFIC_MONTHS);
            silenceDays = (int) java.time.Duration.between(report.silenceFrom(), report.to()).toDays();
        } catch (SearchUnavailableException e) {
            trafficProblem = e.getMessage();
        }
        Map<Long, String> names = systemNames(declared);
        var today = LocalDay.today();
        List<PlanRow> result = new ArrayList<>();
        for (Ipv6Plan p : declared) {
            result.add(new PlanRow(p, p.system() == null ? null : names.getOrDefault(p.system().value(), "#" + p.system().value()),
                    p.currentPhase().map(MigrationPhase::name).orElse(null), p.overdueOn(today).size(),
                    report == null ? List.of() : report.measured(p), report != null && report.silent(p),
                    AccessPolicy.canChange(me.caller(), p.unit(), tree)));
        }
        rows = result;
    }

    /** The names of the plans' systems (the unit's systems when one is shown, else each read once). */
    private Map<Long, String> systemNames(List<Ipv6Plan> declared) {
        if (!unitSystems.isEmpty()) {
            return unitSystems.stream().collect(Collectors.toMap(s -> s.id().value(), InformationSystem::name));
        }
        return declared.stream().filter(p -> p.system() != null).map(p -> p.system()).distinct()
                .map(id -> inventory.read(me.caller(), id)).collect(Collectors.toMap(s -> s.id().value(), InformationSystem::name));
    }

    /** Opens the plan for editing. */
    public void edit(PlanRow row) {
        Ipv6Plan p = row.plan();
        editing = true;
        editedId = p.id().value();
        editedUnit = p.unit().value();
        editedSystem = p.system() == null ? null : p.system().value();
        title = p.title();
        milestones = new ArrayList<>(p.milestones().stream().map(MilestoneForm::of).toList());
    }

    /** Starts a new plan of the shown unit, for the system of {@code ?system=} if given (else the whole unit). */
    public void startNew() {
        editing = true;
        editedId = null;
        editedUnit = unit;
        editedSystem = system;
        title = null;
        milestones = new ArrayList<>(List.of(new MilestoneForm()));
    }

    public void addMilestone() {
        milestones.add(new MilestoneForm());
    }

    public void removeMilestone(int index) {
        milestones.remove(index);
    }

    /** Saves the plan through the service; a refusal naming a milestone's field is shown next to it. */
    public void save() {
        Ipv6PlanRequest request = new Ipv6PlanRequest();
        request.unit = editedUnit;
        request.system = editedSystem;
        request.title = title;
        request.milestones = milestones.stream().map(MilestoneForm::text).toList();
        try {
            Ipv6Plan plan = request.toDomain();
            Ipv6Plan saved = editedId == null ? plans.create(me.caller(), plan) : plans.update(me.caller(), new Ipv6PlanId(editedId), plan);
            editedId = saved.id().value();
            editing = false;
            show();
            FieldMessages.info("ipv6.saved");
        } catch (InvalidFieldException e) {
            Matcher m = e.field() == null ? null : MILESTONE.matcher(e.field());
            if (m != null && m.matches()) {
                FieldMessages.fieldInRow(FORM + ":milestones:" + m.group(1), m.group(2), e.getMessage());
            } else {
                FieldMessages.field(FORM, e.field(), e.getMessage());
            }
        } catch (AccessDeniedException | NotFoundException e) {
            FieldMessages.refused(FORM, e);
        }
    }

    public void cancel() {
        editing = false;
    }

    public MigrationPhase[] getPhases() {
        return MigrationPhase.values();
    }

    public MilestoneStatus[] getStatuses() {
        return MilestoneStatus.values();
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Long getSystem() {
        return system;
    }

    public void setSystem(Long system) {
        this.system = system;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public String getUnitName() {
        return unitName;
    }

    /** A new plan can be made: a unit is shown, the user may change it, and it (or the system asked for) has none yet. */
    public boolean isMayCreate() {
        return mayCreate && rows.stream().noneMatch(r -> r.plan().unit().value().equals(unit)
                && java.util.Objects.equals(r.plan().system() == null ? null : r.plan().system().value(), system));
    }

    public String getSystemName() {
        return system == null ? null : unitSystems.stream().filter(s -> s.id().value() == system).map(InformationSystem::name).findFirst().orElse(null);
    }

    public String getTrafficProblem() {
        return trafficProblem;
    }

    public int getSilenceDays() {
        return silenceDays;
    }

    public List<PlanRow> getRows() {
        return rows;
    }

    public boolean isEditing() {
        return editing;
    }

    public Long getEditedId() {
        return editedId;
    }

    public String getEditedTarget() {
        if (editedSystem == null) {
            return null;
        }
        return rows.stream().filter(r -> r.plan().system() != null && r.plan().system().value() == editedSystem)
                .map(PlanRow::target).findFirst().orElse(getSystemName());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<MilestoneForm> getMilestones() {
        return milestones;
    }
}
