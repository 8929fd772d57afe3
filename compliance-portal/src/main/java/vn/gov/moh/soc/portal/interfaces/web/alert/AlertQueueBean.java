package vn.gov.moh.soc.portal.interfaces.web.alert;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.gov.moh.soc.portal.application.AccessPolicy;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.InventoryService;
import vn.gov.moh.soc.portal.application.alert.AlertQueue;
import vn.gov.moh.soc.portal.application.alert.AlertQueueService;
import vn.gov.moh.soc.portal.application.alert.TriageRequest;
import vn.gov.moh.soc.portal.application.alert.TriageResult;
import vn.gov.moh.soc.portal.domain.model.alert.AlertFilter;
import vn.gov.moh.soc.portal.domain.model.alert.AlertGroup;
import vn.gov.moh.soc.portal.domain.model.alert.AlertGroupPage;
import vn.gov.moh.soc.portal.domain.model.alert.AlertPage;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSort;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;
import vn.gov.moh.soc.portal.domain.model.alert.TriageStatus;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitHierarchy;
import vn.gov.moh.soc.portal.infrastructure.search.SearchUnavailableException;
import vn.gov.moh.soc.portal.interfaces.web.FieldMessages;
import vn.gov.moh.soc.portal.interfaces.web.security.BrowserCaller;

/**
 * The alert queue page: the filter bar, the lazy table (each page one call of the queue, paged
 * with its cursors by {@link CursorPages}), the grouped view, bulk triage of the selected rows and
 * the live count of alerts newer than the newest one shown, polled without reloading the table
 * under the analyst's hands. The rules are the service's: an officer's rows are limited there, and
 * a forged triage is refused there.
 */
@Named("alertQueue")
@ViewScoped
public class AlertQueueBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "queue";

    @Inject
    AlertQueueService queue;
    @Inject
    InventoryService inventory;
    @Inject
    BrowserCaller me;

    // The filter bar.
    private Date from;
    private Date to;
    private List<String> priorities = new ArrayList<>();
    private List<String> ruleLevels = new ArrayList<>();
    private List<String> units = new ArrayList<>();
    private List<String> systemLevels = new ArrayList<>();
    /** Drill alerts: shown (marked) by default, or left out, or alone. */
    private String drills = AlertFilter.Drills.INCLUDED.name();
    private List<String> statuses = new ArrayList<>(List.of(TriageStatus.NEW.documentValue(), TriageStatus.ACKNOWLEDGED.documentValue()));
    private String system;
    private String rule;
    private String tactic;
    private String technique;
    private String text;
    private boolean grouped;
    /** The start the grouped view set itself (null: none, or the analyst's own). */
    private Date defaultFrom;
    static final Duration GROUPED_WINDOW = Duration.ofHours(24);

    // Triage.
    private List<AlertRow> selected = new ArrayList<>();
    private String reason;

    // Live refresh: alerts after the newest one the table showed when it was loaded.
    private Instant newestShown;
    private long newAlerts;
    private boolean searchUnavailable;

    private AlertFilter filter = AlertFilter.ANY;
    private Rows rows;

    @PostConstruct
    void init() {
        rows = new Rows();
        apply();
    }

    /** The filter bar's search: a new filter, the table from its first page. */
    public void apply() {
        try {
            filter = buildFilter();
        } catch (InvalidFieldException e) {
            FieldMessages.refused(FORM, e);
            return;
        }
        rows.pages.reset();
        selected = new ArrayList<>();
        newAlerts = 0;
        newestShown = null;
    }

    AlertFilter buildFilter() {
        Instant start = from == null ? null : from.toInstant();
        Instant end = to == null ? null : to.toInstant();
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidFieldException("to", FieldMessages.text("alerts.error.range"));
        }
        Set<TriageStatus> st = statuses.stream().map(s -> TriageStatus.ofDocument(s).orElseThrow()).collect(Collectors.toSet());
        Set<Integer> levels = systemLevels.stream().map(Integer::valueOf).collect(Collectors.toSet());
        return new AlertFilter(start, end, Set.copyOf(priorities), Set.copyOf(ruleLevels), Set.copyOf(units), one(system), levels,
                one(rule), one(tactic == null ? null : tactic.strip().toLowerCase(Locale.ROOT)),
                one(technique == null ? null : technique.strip().toUpperCase(Locale.ROOT)), st, text,
                AlertFilter.Drills.valueOf(drills));
    }

    private static Set<String> one(String value) {
        return value == null || value.isBlank() ? Set.of() : Set.of(value.strip());
    }

    /**
     * Switching between alerts and groups starts again from the first page. The grouped view
     * opens on the last {@link #GROUPED_WINDOW} when no time range is set: the analyst's usual
     * question, and a grouping counts every alert of its range. Clearing "from" groups them all;
     * back to the list, a window the page set itself is taken away again.
     */
    public void toggleGrouped() {
        if (grouped && from == null && to == null) {
            from = Date.from(Instant.now().minus(GROUPED_WINDOW).truncatedTo(ChronoUnit.MINUTES));
            defaultFrom = from;
        } else if (!grouped && defaultFrom != null && defaultFrom.equals(from)) {
            from = null;
        }
        if (!grouped) {
            defaultFrom = null;
        }
        try {
            filter = buildFilter();
        } catch (InvalidFieldException e) {
            FieldMessages.refused(FORM, e);
        }
        rows.pages.reset();
        selected = new ArrayList<>();
    }

    /** Whether the grouped view shows the window it opened on (the page says how to see every alert). */
    public boolean isDefaultWindow() {
        return grouped && defaultFrom != null && defaultFrom.equals(from) && to == null;
    }

    /** The poll: how many alerts arrived after the newest one shown; the table stays as it is. */
    public void poll() {
        if (newestShown == null) {
            return;
        }
        try {
            newAlerts = queue.countSince(me.caller(), filter, newestShown.plusMillis(1));
            searchUnavailable = false;
        } catch (SearchUnavailableException e) {
            searchUnavailable = true;
        }
    }

    /** "N new alerts — refresh": the table from its first page, with the same filter. */
    public void refresh() {
        rows.pages.reset();
        newAlerts = 0;
        newestShown = null;
    }

    public void acknowledge() {
        triage(TriageStatus.ACKNOWLEDGED);
    }

    public void reopen() {
        triage(TriageStatus.NEW);
    }

    public void closeFalsePositive() {
        triage(TriageStatus.CLOSED_FALSE_POSITIVE);
    }

    public void closeBenign() {
        triage(TriageStatus.CLOSED_BENIGN);
    }

    public void closeDuplicate() {
        triage(TriageStatus.CLOSED_DUPLICATE);
    }

    private void triage(TriageStatus status) {
        if (selected.isEmpty()) {
            FieldMessages.page("alerts.error.noSelection", "");
            return;
        }
        try {
            int changed = 0;
            int unchanged = 0;
            List<String> ids = selected.stream().filter(r -> !r.isGroup()).map(AlertRow::getId).toList();
            if (!ids.isEmpty()) {
                TriageResult r = queue.triage(me.caller(), new TriageRequest(ids, null, null, status, reason));
                changed += r.changed().size();
                unchanged += r.unchanged().size();
            }
            for (AlertRow g : selected.stream().filter(AlertRow::isGroup).toList()) {
                TriageResult r = queue.triage(me.caller(), new TriageRequest(List.of(),
                        new AlertQueue.GroupRef(g.getRuleId(), g.getGroupKey().isEmpty() ? null : g.getGroupKey(), g.isGroupKeyIsHost()),
                        filter, status, reason));
                changed += r.changed().size();
                unchanged += r.unchanged().size();
            }
            jakarta.faces.context.FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_INFO, FieldMessages.text("alerts.triaged"),
                    java.text.MessageFormat.format(FieldMessages.text("alerts.triagedDetail"), changed, unchanged)));
            selected = new ArrayList<>();
            reason = null;
        } catch (SearchUnavailableException e) {
            FieldMessages.page("alerts.error.search", e.getMessage());
        } catch (RuntimeException e) {
            FieldMessages.refused(FORM, e);
        }
    }

    /** Where "Escalate" goes: the new-incident page with the selected alerts (every alert of a selected group's newest page). */
    public String escalate() {
        if (selected.isEmpty()) {
            FieldMessages.page("alerts.error.noSelection", "");
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (AlertRow r : selected) {
            if (r.isGroup()) {
                ids.addAll(queue.groupIds(me.caller(), filter, new AlertQueue.GroupRef(r.getRuleId(),
                        r.getGroupKey().isEmpty() ? null : r.getGroupKey(), r.isGroupKeyIsHost())));
            } else {
                ids.add(r.getId());
            }
        }
        return "/incident-new?faces-redirect=true&alerts=" + String.join(",", ids);
    }

    public boolean isMayTriage() {
        return AccessPolicy.canTriageAlerts(me.caller());
    }

    /** The units the user may filter on (their own subtree for an officer). */
    public List<Unit> getUnitChoices() {
        UnitHierarchy tree = inventory.units();
        return tree.all().stream().filter(u -> AccessPolicy.alertReadableUnits(me.caller(), tree).map(s -> s.contains(u.id())).orElse(true))
                .sorted(Comparator.comparing(Unit::name)).toList();
    }

    public List<String> getPriorityChoices() {
        return List.of("P1", "P2", "P3", "P4", "P5");
    }

    public List<String> getRuleLevelChoices() {
        return List.of("critical", "high", "medium", "low", "informational");
    }

    public List<String> getStatusChoices() {
        return java.util.Arrays.stream(TriageStatus.values()).map(TriageStatus::documentValue).toList();
    }

    public LazyDataModel<AlertRow> getRows() {
        return rows;
    }

    /** The total as the queue counts it: "10 000+" past its cap. */
    public String getTotalText() {
        return rows.totalText;
    }

    /** The lazy model: a page of alerts or of groups, in the table's order. */
    final class Rows extends LazyDataModel<AlertRow> {
        private static final long serialVersionUID = 1L;
        private final CursorPages<Object> pages = new CursorPages<>();
        private String order = "";
        private String totalText = "";

        /** 0: PrimeFaces' "no separate count"; {@link #load} sets the row count from the page's own total. */
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return 0;
        }

        @Override
        public List<AlertRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            AlertSort sort = AlertSort.TIME;
            boolean descending = true;
            for (SortMeta s : sortBy.values()) {
                if (s.getOrder() != SortOrder.UNSORTED) {
                    sort = s.getField().startsWith("rule") ? AlertSort.RULE
                            : s.getField().startsWith("priority") ? AlertSort.PRIORITY : AlertSort.TIME;
                    descending = s.getOrder() == SortOrder.DESCENDING;
                    break;
                }
            }
            String now = grouped + ":" + sort + ":" + descending + ":" + pageSize;
            if (!now.equals(order)) {
                pages.reset();
                order = now;
            }
            int index = first / Math.max(1, pageSize);
            AlertSort by = sort;
            boolean desc = descending;
            try {
                searchUnavailable = false;
                if (grouped) {
                    AlertGroupPage page = (AlertGroupPage) pages.page(index,
                            (after, i) -> queue.groups(me.caller(), filter, pageSize, after), p -> ((AlertGroupPage) p).next());
                    List<AlertRow> out = new ArrayList<>();
                    for (AlertGroup g : page.groups()) {
                        out.add(AlertRow.group(g.latest(), g.key(), g.keyIsHost(), g.count(), g.firstSeen(), g.lastSeen(), g.topPriority()));
                    }
                    // Groups are not counted: the paginator offers the pages seen and the next one.
                    setRowCount(pages.known() * pageSize - (page.next() == null ? pageSize - out.size() : 0));
                    totalText = "";
                    return out;
                }
                AlertPage page = (AlertPage) pages.page(index,
                        (after, i) -> queue.list(me.caller(), filter, by, desc, pageSize, after), p -> ((AlertPage) p).next());
                setRowCount((int) page.total());
                totalText = page.totalIsLowerBound() ? String.format(Locale.ROOT, "%,d+", page.total()).replace(',', ' ')
                        : Long.toString(page.total());
                List<AlertRow> out = page.alerts().stream().map(AlertRow::new).toList();
                if (index == 0 && by == AlertSort.TIME && desc && !out.isEmpty()) {
                    newestShown = out.get(0).alert().timestamp();
                } else if (newestShown == null) {
                    newestShown = Instant.now();
                }
                return out;
            } catch (SearchUnavailableException e) {
                searchUnavailable = true;
                setRowCount(0);
                return List.of();
            } catch (InvalidFieldException e) {
                FieldMessages.refused(FORM, e);
                setRowCount(0);
                return List.of();
            }
        }

        @Override
        public String getRowKey(AlertRow row) {
            return row.getKey();
        }

        @Override
        public AlertRow getRowData(String rowKey) {
            return getWrappedData() == null ? null
                    : ((List<AlertRow>) getWrappedData()).stream().filter(r -> r.getKey().equals(rowKey)).findFirst().orElse(null);
        }
    }

    // ---- the bar's fields ----

    public Date getFrom() {
        return from;
    }

    public void setFrom(Date from) {
        this.from = from;
    }

    public Date getTo() {
        return to;
    }

    public void setTo(Date to) {
        this.to = to;
    }

    public List<String> getPriorities() {
        return priorities;
    }

    public void setPriorities(List<String> priorities) {
        this.priorities = priorities == null ? new ArrayList<>() : priorities;
    }

    public List<String> getRuleLevels() {
        return ruleLevels;
    }

    public void setRuleLevels(List<String> ruleLevels) {
        this.ruleLevels = ruleLevels == null ? new ArrayList<>() : ruleLevels;
    }

    public List<String> getUnits() {
        return units;
    }

    public void setUnits(List<String> units) {
        this.units = units == null ? new ArrayList<>() : units;
    }

    public List<String> getSystemLevels() {
        return systemLevels;
    }

    public void setSystemLevels(List<String> systemLevels) {
        this.systemLevels = systemLevels == null ? new ArrayList<>() : systemLevels;
    }

    public String getDrills() {
        return drills;
    }

    public void setDrills(String drills) {
        this.drills = drills == null ? AlertFilter.Drills.INCLUDED.name() : AlertFilter.Drills.valueOf(drills).name();
    }

    public List<String> getDrillChoices() {
        return java.util.Arrays.stream(AlertFilter.Drills.values()).map(Enum::name).toList();
    }

    public List<String> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<String> statuses) {
        this.statuses = statuses == null ? new ArrayList<>() : statuses;
    }

    public String getSystem() {
        return system;
    }

    public void setSystem(String system) {
        this.system = system;
    }

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    public String getTactic() {
        return tactic;
    }

    public void setTactic(String tactic) {
        this.tactic = tactic;
    }

    public String getTechnique() {
        return technique;
    }

    public void setTechnique(String technique) {
        this.technique = technique;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isGrouped() {
        return grouped;
    }

    public void setGrouped(boolean grouped) {
        this.grouped = grouped;
    }

    public List<AlertRow> getSelected() {
        return selected;
    }

    public void setSelected(List<AlertRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getNewAlerts() {
        return newAlerts;
    }

    public boolean isSearchUnavailable() {
        return searchUnavailable;
    }
}
