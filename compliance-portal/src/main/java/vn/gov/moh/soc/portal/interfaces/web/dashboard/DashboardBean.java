package vn.gov.moh.soc.portal.interfaces.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.gov.moh.soc.portal.application.LocalDay;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard;
import vn.gov.moh.soc.portal.application.dashboard.Dashboard.UnitShare;
import vn.gov.moh.soc.portal.application.dashboard.DashboardService;
import vn.gov.moh.soc.portal.application.dashboard.Ipv6Traffic;
import vn.gov.moh.soc.portal.application.dashboard.Ipv6TrafficReport;
import vn.gov.moh.soc.portal.application.dashboard.Ipv6TrafficService;
import vn.gov.moh.soc.portal.application.dashboard.Share;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentStatus;
import vn.gov.moh.soc.portal.domain.model.incident.Severity;
import vn.gov.moh.soc.portal.domain.model.protection.LayerStatus;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.infrastructure.search.SearchUnavailableException;
import vn.gov.moh.soc.portal.interfaces.web.FieldMessages;
import vn.gov.moh.soc.portal.interfaces.web.security.BrowserCaller;

/**
 * The dashboard page: one call of each service per request, every chart's configuration built
 * from its result with the texts of the user's language. The IPv6 traffic needs Elasticsearch;
 * without it the page says so and shows the rest.
 */
@Named("dashboard")
@RequestScoped
public class DashboardBean {
    static final int TRAFFIC_MONTHS = 12;

    @Inject
    DashboardService service;
    @Inject
    Ipv6TrafficService traffic;
    @Inject
    BrowserCaller me;

    private Dashboard d;
    private Ipv6TrafficReport report;
    private String trafficProblem;

    @PostConstruct
    void load() {
        d = service.dashboard(me.caller());
        try {
            report = traffic.report(me.caller(), TRAFFIC_MONTHS);
        } catch (SearchUnavailableException e) {
            trafficProblem = e.getMessage();
        }
    }

    private static String t(String key) {
        return FieldMessages.text(key);
    }

    private List<String> unitNames() {
        return d.units().stream().map(Unit::name).toList();
    }

    private static List<Integer> percents(List<UnitShare> rows) {
        return rows.stream().map(r -> r.share().percent()).toList();
    }

    private String target() {
        return t("dashboard.target") + " " + Dashboard.TARGET_PERCENT + "%";
    }

    public Dashboard getFigures() {
        return d;
    }

    public String getDossiersByLevel() {
        List<String> levels = d.dossiers().perLevel().keySet().stream().map(l -> t("dashboard.level") + " " + l).toList();
        return ChartConfig.bar(levels).max(100).title(t("dashboard.dossiers.byLevel"))
                .series(t("dashboard.dossiers.approved"), d.dossiers().perLevel().values().stream().map(Share::percent).toList())
                .target(target(), Dashboard.TARGET_PERCENT).json();
    }

    public String getDossiersByUnit() {
        return ChartConfig.bar(unitNames()).max(100).title(t("dashboard.dossiers.byUnit"))
                .series(t("dashboard.dossiers.approved"), percents(d.dossiers().perUnit())).target(target(), Dashboard.TARGET_PERCENT).json();
    }

    public String getCompliance() {
        List<String> levels = d.compliance().stream().map(c -> t("dashboard.level") + " " + c.level()).toList();
        return ChartConfig.bar(levels).stacked().title(t("dashboard.compliance.title"))
                .series(t("enum.AssessmentStatus.COMPLIANT"), d.compliance().stream().map(c -> c.compliantLines()).toList())
                .series(t("enum.AssessmentStatus.PARTIAL"), d.compliance().stream().map(c -> c.partialLines()).toList())
                .series(t("enum.AssessmentStatus.NON_COMPLIANT"), d.compliance().stream().map(c -> c.nonCompliantLines()).toList())
                .series(t("enum.AssessmentStatus.NOT_APPLICABLE"), d.compliance().stream().map(c -> c.notApplicableLines()).toList())
                .series(t("dashboard.compliance.notAssessed"), d.compliance().stream().map(c -> c.notAssessedLines()).toList()).json();
    }

    public String getProtection() {
        ChartConfig c = ChartConfig.bar(unitNames()).stacked().max(4).title(t("dashboard.protection.title"));
        for (LayerStatus.State s : LayerStatus.State.values()) {
            c.series(t("dashboard.layerState." + s.name()), d.protection().perUnit().stream()
                    .map(u -> (int) u.layers().stream().filter(l -> l.state() == s).count()).toList());
        }
        return c.target(t("dashboard.protection.target"), 4).json();
    }

    public String getMonitoring() {
        return ChartConfig.bar(unitNames()).max(100).title(t("dashboard.monitoring.title"))
                .series(t("dashboard.monitoring.monitored"), percents(d.monitoring().perUnit())).target(target(), Dashboard.TARGET_PERCENT).json();
    }

    public String getDrills() {
        return ChartConfig.bar(unitNames()).stacked().title(t("dashboard.drills.title"))
                .series(t("dashboard.drills.held"), d.drills().perUnit().stream().map(u -> u.held()).toList())
                .series(t("dashboard.drills.planned"), d.drills().perUnit().stream().map(u -> u.planned()).toList())
                .series(t("dashboard.drills.overdue"), d.drills().perUnit().stream().map(u -> u.overdue()).toList())
                .target(t("dashboard.drills.target"), Dashboard.DRILLS_PER_YEAR).json();
    }

    public String getIpv6Phases() {
        List<String> labels = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        d.ipv6().plansByPhase().forEach((p, n) -> {
            labels.add(t("enum.MigrationPhase." + p.name()));
            counts.add(n);
        });
        labels.add(t("dashboard.ipv6.done"));
        counts.add(d.ipv6().plansDone());
        return ChartConfig.doughnut(labels).title(t("dashboard.ipv6.phases")).series(t("dashboard.ipv6.plans"), counts).json();
    }

    public String getIncidentsByUnit() {
        ChartConfig c = ChartConfig.bar(unitNames()).stacked().title(t("dashboard.incidents.byUnit"));
        for (Severity s : Severity.values()) {
            c.series(t("enum.Severity." + s.name()), d.units().stream().map(u -> d.incidents().perUnit().stream()
                    .filter(i -> i.unit().equals(u) && i.severity() == s).mapToInt(Dashboard.IncidentCount::incidents).sum()).toList());
        }
        return c.json();
    }

    public String getIncidentsByStatus() {
        List<String> labels = Arrays.stream(IncidentStatus.values()).map(s -> t("enum.IncidentStatus." + s.name())).toList();
        return ChartConfig.doughnut(labels).title(t("dashboard.incidents.byStatus"))
                .series(t("dashboard.incidents.count"), Arrays.stream(IncidentStatus.values()).map(s -> d.incidents().byStatus().get(s)).toList())
                .json();
    }

    /** One row per severity (and all): the handling times in hours, median and mean. */
    public record TimeRow(String severity, int detected, String detectMedian, String detectMean, int responded, String respondMedian,
                          String respondMean, int resolved, String resolveMedian, String resolveMean) {
    }

    public List<TimeRow> getHandlingTimes() {
        return d.incidents().handling().stream().map(h -> new TimeRow(
                h.severity() == null ? t("dashboard.incidents.all") : t("enum.Severity." + h.severity().name()),
                h.detect().incidents(), hours(h.detect().median()), hours(h.detect().mean()),
                h.respond().incidents(), hours(h.respond().median()), hours(h.respond().mean()),
                h.resolve().incidents(), hours(h.resolve().median()), hours(h.resolve().mean()))).toList();
    }

    private static String hours(Duration d) {
        if (d == null) {
            return "—";
        }
        long minutes = d.toMinutes();
        return minutes < 120 ? minutes + " min" : String.format("%.1f h", minutes / 60.0);
    }

    /** One unit's four layers in order, with a text per state. */
    public record LayerRow(String unit, List<String> states, List<String> stateCodes, boolean complete) {
    }

    public List<LayerRow> getLayers() {
        return d.protection().perUnit().stream().map(u -> new LayerRow(u.unit().name(),
                u.layers().stream().map(l -> t("dashboard.layerState." + l.state().name())).toList(),
                u.layers().stream().map(l -> l.state().name()).toList(), u.complete())).toList();
    }

    // ---- IPv6 from the traffic ----

    public boolean isTrafficAvailable() {
        return report != null;
    }

    public String getTrafficProblem() {
        return trafficProblem;
    }

    private List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        YearMonth first = YearMonth.from(report.from().atZone(LocalDay.VIETNAM));
        YearMonth last = YearMonth.from(report.to().atZone(LocalDay.VIETNAM));
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** Each unit's IPv6 share per month (its systems together), beside the plans' target of 100% on IPv6. */
    public String getIpv6Traffic() {
        if (report == null) {
            return "{}";
        }
        List<YearMonth> months = months();
        ChartConfig c = ChartConfig.line(months.stream().map(YearMonth::toString).toList()).max(100).title(t("dashboard.ipv6.traffic"));
        Map<String, Map<YearMonth, long[]>> byUnit = new TreeMap<>();
        for (Ipv6Traffic.Count n : report.months()) {
            long[] sum = byUnit.computeIfAbsent(n.unit().value(), k -> new TreeMap<>()).computeIfAbsent(n.month(), k -> new long[2]);
            sum[0] += n.ipv4();
            sum[1] += n.ipv6();
        }
        byUnit.forEach((unit, perMonth) -> c.series(unitName(unit), months.stream().map(m -> {
            long[] s = perMonth.get(m);
            return s == null || s[0] + s[1] == 0 ? 0 : (int) (100 * s[1] / (s[0] + s[1]));
        }).toList()));
        return c.json();
    }

    private String unitName(String id) {
        return d.units().stream().filter(u -> u.id().value().equals(id)).map(Unit::name).findFirst().orElse(id);
    }

    /**
     * One system's measured IPv6 share by month beside its plan.
     *
     * @param phase the plan's current phase (or "done"), empty without a plan of its own
     */
    public record TrafficRow(String unit, String system, String phase, String months, boolean silent) {
    }

    public List<TrafficRow> getTrafficRows() {
        if (report == null) {
            return List.of();
        }
        Map<String, List<Ipv6Traffic.Count>> bySystem = new LinkedHashMap<>();
        report.months().stream().sorted(java.util.Comparator.comparing((Ipv6Traffic.Count c) -> c.unit().value())
                .thenComparing(c -> c.system() == null ? "" : c.system()).thenComparing(Ipv6Traffic.Count::month))
                .forEach(c -> bySystem.computeIfAbsent(c.unit().value() + "/" + (c.system() == null ? "" : c.system()), k -> new ArrayList<>()).add(c));
        var silent = report.silentDualStack().stream().map(s -> s.plan().unit().value() + "/" + (s.plan().system() == null ? "" : s.plan().system()))
                .collect(Collectors.toSet());
        TreeSet<String> keys = new TreeSet<>(bySystem.keySet());
        keys.addAll(silent);
        List<TrafficRow> rows = new ArrayList<>();
        for (String key : keys) {
            String unit = key.substring(0, key.indexOf('/'));
            String system = key.substring(key.indexOf('/') + 1);
            String phase = report.plans().stream().filter(p -> p.unit().value().equals(unit)
                            && (p.system() == null ? "" : p.system().toString()).equals(system))
                    .findFirst().map(p -> p.currentPhase().map(ph -> t("enum.MigrationPhase." + ph.name())).orElse(t("dashboard.ipv6.done")))
                    .orElse("");
            String months = bySystem.getOrDefault(key, List.of()).stream()
                    .map(c -> c.month() + ": " + c.ipv6Percent() + "% (" + c.ipv6() + "/" + c.total() + ")").collect(Collectors.joining(" · "));
            rows.add(new TrafficRow(unitName(unit), system.isEmpty() ? t("dashboard.ipv6.wholeUnit") : "#" + system, phase, months,
                    silent.contains(key)));
        }
        return rows;
    }

    /** The dual-stack check's window in days, as configured. */
    public long getSilenceDays() {
        return report == null ? 0 : Duration.between(report.silenceFrom(), report.to()).toDays();
    }

    public int getSilentCount() {
        return report == null ? 0 : report.silentDualStack().size();
    }

    /** A share as the page writes it: "66% (2/3)". */
    public String share(Share s) {
        return s.percent() + "% (" + s.count() + "/" + s.total() + ")";
    }
}
