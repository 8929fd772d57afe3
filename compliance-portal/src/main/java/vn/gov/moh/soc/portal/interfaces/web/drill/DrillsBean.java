package vn.gov.moh.soc.portal.interfaces.web.drill;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.gov.moh.soc.portal.application.AccessPolicy;
import vn.gov.moh.soc.portal.application.DrillService;
import vn.gov.moh.soc.portal.application.InventoryService;
import vn.gov.moh.soc.portal.application.LocalDay;
import vn.gov.moh.soc.portal.application.drill.DrillRunService;
import vn.gov.moh.soc.portal.domain.model.drill.Drill;
import vn.gov.moh.soc.portal.domain.model.drill.DrillId;
import vn.gov.moh.soc.portal.domain.model.drill.DrillScope;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillPlay;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitHierarchy;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.infrastructure.search.SearchUnavailableException;
import vn.gov.moh.soc.portal.interfaces.rest.RequestFields;
import vn.gov.moh.soc.portal.interfaces.rest.drill.DrillRequests;
import vn.gov.moh.soc.portal.interfaces.web.FieldMessages;
import vn.gov.moh.soc.portal.interfaces.web.security.BrowserCaller;

/**
 * The drills page: the drills the user may read (filtered by year and by a unit organizing or
 * taking part), the form adding one to its organizer's plan, the record of the chosen drill once
 * held, and its runs with the form starting one. Plans and records are read into the domain by the
 * API's own {@link DrillRequests.Plan} and {@link DrillRequests.Execution}, so the page refuses
 * exactly what {@code POST /api/drills} and {@code PUT .../execution} refuse; the services check who asks.
 */
@Named("drillsPage")
@ViewScoped
public class DrillsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    DrillService drills;
    @Inject
    DrillRunService runs;
    @Inject
    InventoryService inventory;
    @Inject
    BrowserCaller me;

    private Integer year = LocalDay.today().getYear();
    private String unit;
    private Long drill;
    private transient List<Drill> rows;
    private transient Drill chosen;
    private transient List<DrillRunService.Measured> chosenRuns;

    // The new plan entry.
    private Integer planYear = LocalDay.today().getYear();
    private String organizer;
    private DrillScope scope = DrillScope.UNIT;
    private String title;
    private String scenarioTitle;
    private String scenarioDescription;
    private List<String> participants = new ArrayList<>();
    private LocalDate plannedStart;
    private LocalDate plannedEnd;

    // The record of the chosen drill, once held.
    private LocalDate startedOn;
    private LocalDate endedOn;
    private String conductedBy;
    private String record;
    private String findings;
    private String lessons;

    // The start of a run.
    private String runUnit;
    private List<String> steps = new ArrayList<>(List.of(DrillPlay.SSH_BRUTE_FORCE.code()));
    private long detectionWaitSeconds = 300;

    /** The drills of the filter, read once per request. */
    public List<Drill> getRows() {
        if (rows == null) {
            UnitId only = unit == null || unit.isBlank() ? null : UnitId.of(unit);
            rows = drills.list(me.caller(), year).stream()
                    .filter(d -> only == null || d.organizer().equals(only) || d.participants().contains(only)).toList();
        }
        return rows;
    }

    public void filter() {
        rows = null;
    }

    /** The drill whose runs are shown ({@code drills.xhtml?drill=id}), or null. */
    public Drill getChosen() {
        if (chosen == null && drill != null) {
            try {
                chosen = drills.read(me.caller(), new DrillId(drill));
            } catch (RuntimeException e) {
                drill = null;
                FieldMessages.refused("runs", e);
            }
        }
        return chosen;
    }

    /** The chosen drill's runs with their measurement; empty when the alerts cannot be read (said at the top). */
    public List<DrillRunService.Measured> getRuns() {
        if (chosenRuns == null && getChosen() != null) {
            try {
                chosenRuns = runs.list(me.caller(), chosen.id());
            } catch (SearchUnavailableException e) {
                chosenRuns = List.of();
                FieldMessages.page("drill.error.search", e.getMessage());
            }
        }
        return chosenRuns == null ? List.of() : chosenRuns;
    }

    /** Adds the plan entry, refused field by field as the API refuses it. */
    public void create() {
        DrillRequests.Plan plan = new DrillRequests.Plan();
        plan.year = planYear;
        plan.organizer = organizer;
        plan.scope = scope == null ? null : scope.name();
        plan.title = title;
        DrillRequests.ScenarioText scenario = new DrillRequests.ScenarioText();
        scenario.title = scenarioTitle;
        scenario.description = scenarioDescription;
        plan.scenarios = List.of(scenario);
        plan.participants = participants;
        plan.plannedStart = plannedStart == null ? null : plannedStart.toString();
        plan.plannedEnd = plannedEnd == null ? null : plannedEnd.toString();
        try {
            Drill saved = drills.create(me.caller(), plan.toDomain());
            FieldMessages.info("drill.created");
            year = saved.year();
            drill = saved.id().value();
            rows = null;
            chosen = null;
            chosenRuns = null;
            title = null;
            scenarioTitle = null;
            scenarioDescription = null;
        } catch (RuntimeException e) {
            FieldMessages.refused("plan", e);
        }
    }

    /** Records how the chosen drill was held (one finding or lesson a line), refused as {@code PUT /api/drills/{id}/execution} refuses it. */
    public void recordExecution() {
        DrillRequests.Execution execution = new DrillRequests.Execution();
        execution.startedOn = startedOn == null ? null : startedOn.toString();
        execution.endedOn = endedOn == null ? null : endedOn.toString();
        execution.conductedBy = conductedBy;
        execution.record = record;
        execution.findings = lines(findings);
        execution.lessons = lines(lessons);
        try {
            chosen = drills.recordExecution(me.caller(), new DrillId(drill), execution.toDomain());
            FieldMessages.info("drill.recorded");
            rows = null;
        } catch (RuntimeException e) {
            FieldMessages.refused("execution", e);
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Whether the user may record the chosen drill's execution: whoever may change its organizer's plan. */
    public boolean isMayRecord() {
        Drill d = getChosen();
        return d != null && AccessPolicy.canChange(me.caller(), d.organizer(), inventory.units());
    }

    /** Starts a run of the chosen drill; the page then opens the run, which polls while it plays. */
    public String start() {
        try {
            var run = runs.start(me.caller(), new DrillId(drill), RequestFields.unit("unit", runUnit), steps,
                    detectionWaitSeconds);
            return "/drill-run?faces-redirect=true&drill=" + drill + "&run=" + run.id().value();
        } catch (RuntimeException e) {
            FieldMessages.refused("start", e);
            return null;
        }
    }

    /** Whether the user may add drills to some unit's plan: the plan form shows only then. */
    public boolean isMayPlan() {
        return !getOrganizers().isEmpty();
    }

    /** The units whose plan the user may add to (the service checks again). */
    public List<Unit> getOrganizers() {
        UnitHierarchy tree = inventory.units();
        return tree.all().stream().filter(u -> AccessPolicy.canChange(me.caller(), u.id(), tree))
                .sorted(Comparator.comparing(Unit::name)).toList();
    }

    /** The units the user sees drills of, for the filter and the participants. */
    public List<Unit> getUnits() {
        UnitHierarchy tree = inventory.units();
        var readable = AccessPolicy.drillReadableUnits(me.caller(), tree);
        return tree.all().stream().filter(u -> readable.map(s -> s.contains(u.id())).orElse(true))
                .sorted(Comparator.comparing(Unit::name)).toList();
    }

    /** The chosen drill's participants the user may start a run for: none, and the start form is not shown. */
    public List<Unit> getRunnableUnits() {
        Drill d = getChosen();
        if (d == null) {
            return List.of();
        }
        UnitHierarchy tree = inventory.units();
        return d.participants().stream().filter(p -> AccessPolicy.canRunDrill(me.caller(), p, tree))
                .map(p -> tree.find(p).orElse(null)).filter(u -> u != null).sorted(Comparator.comparing(Unit::name)).toList();
    }

    public String unitName(UnitId id) {
        return inventory.units().find(id).map(Unit::name).orElse(id.value());
    }

    /** The participants' names, the organizer first. */
    public String participantNames(Drill d) {
        List<String> names = new ArrayList<>();
        names.add(unitName(d.organizer()));
        d.participants().stream().filter(p -> !p.equals(d.organizer())).map(this::unitName).sorted().forEach(names::add);
        return String.join(", ", names);
    }

    public String status(Drill d) {
        return d.status(LocalDay.today()).name();
    }

    public DrillScope[] getScopes() {
        return DrillScope.values();
    }

    public DrillPlay[] getPlays() {
        return DrillPlay.values();
    }

    public String time(java.time.Instant at) {
        return RunTimes.time(at);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Long getDrill() {
        return drill;
    }

    public void setDrill(Long drill) {
        this.drill = drill;
    }

    public Integer getPlanYear() {
        return planYear;
    }

    public void setPlanYear(Integer planYear) {
        this.planYear = planYear;
    }

    public String getOrganizer() {
        return organizer;
    }

    public void setOrganizer(String organizer) {
        this.organizer = organizer;
    }

    public DrillScope getScope() {
        return scope;
    }

    public void setScope(DrillScope scope) {
        this.scope = scope;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getScenarioTitle() {
        return scenarioTitle;
    }

    public void setScenarioTitle(String scenarioTitle) {
        this.scenarioTitle = scenarioTitle;
    }

    public String getScenarioDescription() {
        return scenarioDescription;
    }

    public void setScenarioDescription(String scenarioDescription) {
        this.scenarioDescription = scenarioDescription;
    }

    public List<String> getParticipants() {
        return participants;
    }

    public void setParticipants(List<String> participants) {
        this.participants = participants == null ? new ArrayList<>() : new ArrayList<>(participants);
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public String getConductedBy() {
        return conductedBy;
    }

    public void setConductedBy(String conductedBy) {
        this.conductedBy = conductedBy;
    }

    public String getRecord() {
        return record;
    }

    public void setRecord(String record) {
        this.record = record;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public String getLessons() {
        return lessons;
    }

    public void setLessons(String lessons) {
        this.lessons = lessons;
    }

    public String getRunUnit() {
        return runUnit;
    }

    public void setRunUnit(String runUnit) {
        this.runUnit = runUnit;
    }

    public List<String> getSteps() {
        return steps;
    }

    public void setSteps(List<String> steps) {
        this.steps = steps == null ? new ArrayList<>() : new ArrayList<>(steps);
    }

    public long getDetectionWaitSeconds() {
        return detectionWaitSeconds;
    }

    public void setDetectionWaitSeconds(long detectionWaitSeconds) {
        this.detectionWaitSeconds = detectionWaitSeconds;
    }
}
