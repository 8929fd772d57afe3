package vn.gov.moh.soc.portal.application.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentStatus;
import vn.gov.moh.soc.portal.domain.model.incident.Severity;
import vn.gov.moh.soc.portal.domain.model.ipv6.MigrationPhase;
import vn.gov.moh.soc.portal.domain.model.protection.LayerStatus;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;

/**
 * The compliance dashboard as a caller sees it at an instant: the figures of the units they may
 * read (the whole sector, or an officer's subtree), each against its target.
 *
 * @param year the calendar year in Vietnam the drill figure counts
 */
public record Dashboard(Instant at, int year, List<Unit> units, DossierFigure dossiers, List<LevelCompliance> compliance,
                        ProtectionFigure protection, MonitoringFigure monitoring, DrillFigure drills, Ipv6Progress ipv6,
                        IncidentFigure incidents) {
    /** The Ministry's target for dossiers, protection, monitoring and units with a drill: all of them. */
    public static final int TARGET_PERCENT = 100;
    /** Drills a unit holds per year (5969/QĐ-BYT: once a year). */
    public static final int DRILLS_PER_YEAR = 1;

    /** A figure of one unit (its own systems, or itself). */
    public record UnitShare(Unit unit, Share share) {
    }

    /**
     * Systems with an approved level-proposal dossier.
     *
     * @param perLevel levels 1 to 5 in order; a system counts at its approved level, else at its
     *                 latest proposed level, else at the level the rules compute
     * @param perUnit  each readable unit's own systems
     */
    public record DossierFigure(Share overall, Map<Integer, Share> perLevel, List<UnitShare> perUnit) {
    }

    /**
     * The requirement checklists of the systems at one level, added up.
     *
     * @param fullyCompliant systems whose every applicable requirement is met or not applicable
     * @param lines          the checklists' lines together; {@code compliantLines} of those that apply
     */
    public record LevelCompliance(int level, int systems, int fullyCompliant, int lines, int compliantLines, int partialLines,
                                  int nonCompliantLines, int notApplicableLines, int notAssessedLines) {
        /** Compliant lines of those that apply (not-applicable ones left out), in whole percent rounded down. */
        public int percentCompliant() {
            return new Share(compliantLines, lines - notApplicableLines).percent();
        }
    }

    /** One unit's four layers in order and whether the whole model is in place. */
    public record UnitLayers(Unit unit, List<LayerStatus> layers, boolean complete) {
    }

    /** @param complete units with all four layers in place */
    public record ProtectionFigure(Share complete, List<UnitLayers> perUnit) {
    }

    /**
     * Systems monitored by the SOC, as the agents' heartbeats show them now.
     *
     * @param dataCenter the Ministry's data-center figure (see {@code CoverageSettings})
     */
    public record MonitoringFigure(Share overall, Share dataCenter, List<UnitShare> perUnit) {
    }

    /** A unit's drills of the year (as organizer or participant), by status. */
    public record UnitDrills(Unit unit, int held, int planned, int overdue) {
        public boolean targetMet() {
            return held >= DRILLS_PER_YEAR;
        }
    }

    /** @param unitsWithDrill units that held at least {@link #DRILLS_PER_YEAR} drill this year */
    public record DrillFigure(Share unitsWithDrill, List<UnitDrills> perUnit) {
    }

    /**
     * One migration plan's progress.
     *
     * @param system null for the unit-wide plan
     * @param phase  the first phase with work left, null when every milestone is done
     */
    public record PlanProgress(long plan, Unit unit, SystemId system, String title, MigrationPhase phase, Share milestonesDone,
                               int overdueMilestones) {
    }

    /**
     * @param unitsWithPlan units with a plan of their own (unit-wide or for one of their systems)
     * @param plansByPhase  plans by their current phase; plans with every milestone done under null
     */
    public record Ipv6Progress(Share unitsWithPlan, Map<MigrationPhase, Integer> plansByPhase, int plansDone, Share milestonesDone,
                               int overdueMilestones, List<PlanProgress> plans) {
    }

    /** How many incidents affect one unit with a severity and a status. */
    public record IncidentCount(Unit unit, Severity severity, IncidentStatus status, int incidents) {
    }

    /**
     * Durations over the incidents that have them.
     *
     * @param median null when {@code incidents} is 0
     */
    public record Durations(int incidents, Duration median, Duration mean) {
    }

    /**
     * How fast incidents of a severity (null: all) were handled, from detection (the earliest
     * alert): {@code detect} until the SOC opened the incident, {@code respond} until it left
     * "new", {@code resolve} until it was closed.
     */
    public record HandlingTimes(Severity severity, Durations detect, Durations respond, Durations resolve) {
    }

    /**
     * Incidents: {@code perUnit} counts an incident once for each unit it affects; the totals count it once.
     */
    public record IncidentFigure(int total, int open, Map<Severity, Integer> bySeverity, Map<IncidentStatus, Integer> byStatus,
                                 List<IncidentCount> perUnit, List<HandlingTimes> handling) {
    }
}
