package vn.gov.moh.soc.portal.interfaces.web.event;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.NotFoundException;
import vn.gov.moh.soc.portal.application.event.AlertEvents;
import vn.gov.moh.soc.portal.application.event.EventDocument;
import vn.gov.moh.soc.portal.application.event.EventFacets;
import vn.gov.moh.soc.portal.application.event.EventPage;
import vn.gov.moh.soc.portal.application.event.EventQuery;
import vn.gov.moh.soc.portal.application.event.EventSearchService;
import vn.gov.moh.soc.portal.infrastructure.search.SearchUnavailableException;
import vn.gov.moh.soc.portal.interfaces.web.FieldMessages;
import vn.gov.moh.soc.portal.interfaces.web.security.BrowserCaller;

/**
 * The event search page. Every search is one {@link EventSearchService#search} call with the
 * browser user as caller (an officer's unit limit applies as on the API); the pages already seen
 * keep their cursors, so "newer" goes back without searching from the start.
 */
@Named("events")
@ViewScoped
public class EventSearchBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "search";
    /** The presets of the time range, and "custom" for two dates. */
    static final Map<String, Duration> PRESETS = presets();

    @Inject
    EventSearchService service;
    @Inject
    BrowserCaller me;

    private String q = "";
    private String range = "24h";
    private LocalDateTime from;
    private LocalDateTime to;
    private String alert;
    private final LinkedHashMap<String, ArrayList<String>> filters = new LinkedHashMap<>();
    /** The cursor of each page seen, the first page's null. */
    private final ArrayList<String> cursors = new ArrayList<>();
    private String next;
    private long total;
    private String interval = "";
    private List<EventRow> rows = List.of();
    private List<FacetRow> facets = List.of();
    private List<HistogramBar> bars = List.of();
    private List<String> missing = List.of();
    private String alertRule = "";
    private boolean searched;
    private EventRow shown;
    private String shownJson = "";
    private List<DocumentField> shownFields = List.of();
    private Instant queriedFrom;
    private Instant queriedTo;

    private static Map<String, Duration> presets() {
        Map<String, Duration> p = new LinkedHashMap<>();
        p.put("15m", Duration.ofMinutes(15));
        p.put("1h", Duration.ofHours(1));
        p.put("24h", Duration.ofHours(24));
        p.put("7d", Duration.ofDays(7));
        p.put("30d", Duration.ofDays(30));
        return p;
    }

    /** The view action: an alert's source events when {@code ?alert=} is given, else the last 24 hours. */
    public void load() {
        if (searched) {
            return;
        }
        Instant now = Instant.now();
        to = Times.local(now);
        from = Times.local(now.minus(EventQuery.DEFAULT_RANGE));
        if (alert != null && !alert.isBlank()) {
            showAlert();
        } else {
            search();
        }
    }

    /** A new search from its first page. */
    public void search() {
        cursors.clear();
        cursors.add(null);
        run();
    }

    public void older() {
        if (next != null) {
            cursors.add(next);
            run();
        }
    }

    public void newer() {
        if (cursors.size() > 1) {
            cursors.remove(cursors.size() - 1);
            run();
        }
    }

    /** A click on a facet value: filter on it, or stop filtering on it. */
    public void toggle(String field, String value) {
        ArrayList<String> values = filters.computeIfAbsent(field, f -> new ArrayList<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        if (values.isEmpty()) {
            filters.remove(field);
        }
        search();
    }

    public void show(EventRow row) {
        try {
            EventDocument doc = service.document(me.caller(), row.index(), row.id());
            shown = row;
            shownJson = doc.json();
            shownFields = doc.fields().stream().map(f -> new DocumentField(f.name(), f.value())).toList();
        } catch (SearchUnavailableException e) {
            FieldMessages.page("events.unavailable", e.getMessage());
        } catch (AccessDeniedException | NotFoundException e) {
            FieldMessages.refused(FORM, e);
        }
    }

    private void run() {
        alert = null;
        missing = List.of();
        searched = true;
        try {
            Instant end;
            Instant start;
            if (PRESETS.containsKey(range)) {
                end = Instant.now();
                start = end.minus(PRESETS.get(range));
            } else {
                if (from == null || to == null) {
                    throw new InvalidFieldException(from == null ? "from" : "to", FieldMessages.text("events.rangeNeeded"));
                }
                start = Times.instant(from);
                end = Times.instant(to);
            }
            Map<String, List<String>> f = new LinkedHashMap<>(filters);
            EventQuery query = new EventQuery(q, start, end, f, null, cursors.get(cursors.size() - 1), EventQuery.DEFAULT_SIZE);
            EventPage page = service.search(me.caller(), query);
            queriedFrom = start;
            queriedTo = end;
            total = page.total();
            next = page.next();
            interval = width(page.interval());
            rows = page.events().stream().map(EventRow::of).toList();
            List<FacetRow> fs = new ArrayList<>();
            for (String field : EventFacets.FIELDS) {
                List<String> selected = filters.getOrDefault(field, new ArrayList<>());
                List<EventPage.FacetCount> counts = page.facets().getOrDefault(field, List.of());
                counts.forEach(c -> fs.add(new FacetRow(field, c.value(), c.count(), selected.contains(c.value()))));
                // A selected value is shown even when no event of the page's search has it any more.
                selected.stream().filter(v -> counts.stream().noneMatch(c -> c.value().equals(v)))
                        .forEach(v -> fs.add(new FacetRow(field, v, 0, true)));
            }
            facets = fs;
            bars = HistogramBar.layout(page.histogram());
        } catch (InvalidFieldException e) {
            clear();
            FieldMessages.field(FORM, e.field(), e.getMessage());
        } catch (SearchUnavailableException e) {
            clear();
            FieldMessages.page("events.unavailable", e.getMessage());
        } catch (AccessDeniedException e) {
            clear();
            FieldMessages.refused(FORM, e);
        }
    }

    /** A bucket width as the page shows it: 30s, 5m, 3h, 7d. */
    static String width(Duration d) {
        long s = d.toSeconds();
        if (s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s % 3_600 == 0) {
            return s / 3_600 + "h";
        }
        return s % 60 == 0 ? s / 60 + "m" : s + "s";
    }

    private void showAlert() {
        searched = true;
        try {
            AlertEvents found = service.alertEvents(me.caller(), alert);
            rows = found.events().stream().map(EventRow::of).toList();
            missing = found.missing();
            alertRule = found.alert().ruleName() == null ? String.valueOf(found.alert().ruleId()) : found.alert().ruleName();
            total = rows.size();
            next = null;
            facets = List.of();
            bars = List.of();
        } catch (SearchUnavailableException e) {
            clear();
            FieldMessages.page("events.unavailable", e.getMessage());
        } catch (AccessDeniedException | NotFoundException e) {
            clear();
            FieldMessages.refused(FORM, e);
        }
    }

    private void clear() {
        rows = List.of();
        facets = List.of();
        bars = List.of();
        total = 0;
        next = null;
    }

    // ---- for the page ----

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getRange() {
        return range;
    }

    public void setRange(String range) {
        this.range = range;
    }

    public List<String> getPresets() {
        return new ArrayList<>(PRESETS.keySet());
    }

    public boolean isCustom() {
        return !PRESETS.containsKey(range);
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }

    public String getAlert() {
        return alert;
    }

    public void setAlert(String alert) {
        this.alert = alert;
    }

    public boolean isAlertView() {
        return alert != null && !alert.isBlank();
    }

    public String getAlertRule() {
        return alertRule;
    }

    public List<String> getMissing() {
        return missing;
    }

    public long getTotal() {
        return total;
    }

    public String getInterval() {
        return interval;
    }

    public List<EventRow> getRows() {
        return rows;
    }

    public List<FacetRow> getFacets() {
        return facets;
    }

    public List<String> getFacetFields() {
        return EventFacets.FIELDS;
    }

    public List<FacetRow> facetValues(String field) {
        return facets.stream().filter(f -> f.field().equals(field)).toList();
    }

    public List<HistogramBar> getBars() {
        return bars;
    }

    public int getChartWidth() {
        return HistogramBar.WIDTH;
    }

    public int getChartHeight() {
        return HistogramBar.HEIGHT;
    }

    public String getShownFrom() {
        return queriedFrom == null ? "" : Times.show(queriedFrom);
    }

    public String getShownTo() {
        return queriedTo == null ? "" : Times.show(queriedTo);
    }

    public int getPageNumber() {
        return cursors.size();
    }

    public boolean isHasNewer() {
        return cursors.size() > 1;
    }

    public boolean isHasOlder() {
        return next != null;
    }

    public boolean isFiltered() {
        return !filters.isEmpty();
    }

    public EventRow getShown() {
        return shown;
    }

    public String getShownJson() {
        return shownJson;
    }

    public List<DocumentField> getShownFields() {
        return shownFields;
    }
}
