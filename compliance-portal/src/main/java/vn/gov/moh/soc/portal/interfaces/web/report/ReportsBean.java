package vn.gov.moh.soc.portal.interfaces.web.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.gov.moh.soc.portal.application.AccessPolicy;
import vn.gov.moh.soc.portal.application.InventoryService;
import vn.gov.moh.soc.portal.application.LocalDay;
import vn.gov.moh.soc.portal.application.report.ReportService;
import vn.gov.moh.soc.portal.domain.model.report.Report;
import vn.gov.moh.soc.portal.domain.model.report.ReportFormat;
import vn.gov.moh.soc.portal.domain.model.report.ReportId;
import vn.gov.moh.soc.portal.domain.model.report.ReportKind;
import vn.gov.moh.soc.portal.domain.model.report.ReportScope;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.interfaces.web.FieldMessages;
import vn.gov.moh.soc.portal.interfaces.web.security.BrowserCaller;

/**
 * The reports page: the form asking for a report (kind, format and the one scope field the kind
 * needs) and the list of the user's visible reports, which the page polls while one is being
 * built. The same {@link ReportService} calls as {@code /api/reports}, with the browser user.
 */
@Named("reportsPage")
@ViewScoped
public class ReportsBean implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(LocalDay.VIETNAM);

    @Inject
    ReportService reports;
    @Inject
    InventoryService inventory;
    @Inject
    BrowserCaller me;

    private ReportKind kind = ReportKind.UNIT_COMPLIANCE;
    private ReportFormat format = ReportFormat.PDF;
    private String unit;
    private Long system;
    private Integer year = LocalDay.today().getYear();
    private transient List<Report> rows;

    public List<Report> getRows() {
        if (rows == null) {
            rows = reports.list(me.caller());
        }
        return rows;
    }

    /** The poll's action: read the list again. */
    public void refresh() {
        rows = null;
    }

    /** Whether a report of the list is still queued or running: the page polls only then. */
    public boolean isBuilding() {
        return getRows().stream().anyMatch(r -> !r.status().finished());
    }

    public void request() {
        try {
            ReportScope scope;
            try {
                scope = new ReportScope(kind, kind.needs() == ReportKind.Needs.UNIT && unit != null ? UnitId.of(unit) : null,
                        kind.needs() == ReportKind.Needs.SYSTEM && system != null ? new SystemId(system) : null,
                        kind.needs() == ReportKind.Needs.YEAR ? year : null);
            } catch (ReportScope.InvalidScopeException e) {
                FieldMessages.field("request", e.field(), e.getMessage());
                return;
            } catch (IllegalArgumentException e) {
                FieldMessages.field("request", kind.needs() == ReportKind.Needs.UNIT ? "unit" : "system", e.getMessage());
                return;
            }
            reports.request(me.caller(), scope, format);
            FieldMessages.info("report.queued");
            rows = null;
        } catch (RuntimeException e) {
            FieldMessages.refused("request", e);
        }
    }

    public StreamedContent download(long id) {
        ReportService.Download d = reports.content(me.caller(), new ReportId(id));
        byte[] bytes = d.bytes();
        return DefaultStreamedContent.builder().name(d.report().content().fileName()).contentType(d.report().content().contentType())
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public String time(java.time.Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    public ReportKind[] getKinds() {
        return ReportKind.values();
    }

    public ReportFormat[] getFormats() {
        return ReportFormat.values();
    }

    /** The units the user may have a report of, by name. */
    public List<Unit> getUnits() {
        var tree = inventory.units();
        var readable = AccessPolicy.reportReadableUnits(me.caller(), tree);
        return tree.all().stream().filter(u -> readable.map(s -> s.contains(u.id())).orElse(true))
                .sorted(Comparator.comparing(Unit::name)).toList();
    }

    public boolean isNeedsUnit() {
        return kind.needs() == ReportKind.Needs.UNIT;
    }

    public boolean isNeedsSystem() {
        return kind.needs() == ReportKind.Needs.SYSTEM;
    }

    public boolean isNeedsYear() {
        return kind.needs() == ReportKind.Needs.YEAR;
    }

    public ReportKind getKind() {
        return kind;
    }

    public void setKind(ReportKind kind) {
        this.kind = kind;
    }

    public ReportFormat getFormat() {
        return format;
    }

    public void setFormat(ReportFormat format) {
        this.format = format;
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

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
