package vn.gov.moh.soc.portal.application.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.application.LocalDay;
import vn.gov.moh.soc.portal.application.ProtectionStatus;
import vn.gov.moh.soc.portal.application.SystemChecklist;
import vn.gov.moh.soc.portal.domain.model.dossier.Dossier;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierState;
import vn.gov.moh.soc.portal.domain.model.drill.Drill;
import vn.gov.moh.soc.portal.domain.model.level.Decree85Criteria;
import vn.gov.moh.soc.portal.domain.model.protection.LayerStatus;
import vn.gov.moh.soc.portal.domain.model.report.BuiltFrom;
import vn.gov.moh.soc.portal.domain.model.report.ReportContent;
import vn.gov.moh.soc.portal.domain.model.report.ReportContent.Column;
import vn.gov.moh.soc.portal.domain.model.report.ReportContent.Fact;
import vn.gov.moh.soc.portal.domain.model.report.ReportContent.Section;
import vn.gov.moh.soc.portal.domain.model.report.ReportContent.Table;
import vn.gov.moh.soc.portal.domain.model.report.ReportKind;
import vn.gov.moh.soc.portal.domain.model.requirement.Checklist;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementGroup;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * The content of each report kind from the data it is built from: no reads, no clock, so that a
 * unit test can hold a report's every cell against its data. Texts are Vietnamese, as the
 * Ministry's reports are written; the CSV columns' keys are the program-facing names.
 */
public final class ReportContents {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(LocalDay.VIETNAM);

    /** The columns of the compliance reports' main table (sector and unit), one row per system. */
    public static final List<Column> SYSTEM_COLUMNS = List.of(
            new Column("system_id", "Mã HTTT", 2), new Column("system_name", "Tên hệ thống thông tin", 6),
            new Column("owner_unit_id", "Mã đơn vị", 3), new Column("owner_unit_name", "Đơn vị chủ quản", 5),
            new Column("level", "Cấp độ", 2), new Column("level_source", "Nguồn cấp độ", 3),
            new Column("dossier_state", "Hồ sơ đề xuất cấp độ", 4), new Column("requirements_applicable", "Số yêu cầu", 2),
            new Column("compliant", "Đáp ứng", 2), new Column("partial", "Đáp ứng một phần", 2), new Column("non_compliant", "Chưa đáp ứng", 2),
            new Column("not_applicable", "Không áp dụng", 2), new Column("not_assessed", "Chưa đánh giá", 2),
            new Column("percent_compliant", "Tỷ lệ đáp ứng (%)", 2), new Column("open_critical_vulnerabilities", "Lỗ hổng nghiêm trọng", 2));

    /** The columns of the system dossier summary's main table, one row per applicable requirement. */
    public static final List<Column> REQUIREMENT_COLUMNS = List.of(
            new Column("requirement_code", "Mã yêu cầu", 3), new Column("group", "Nhóm yêu cầu", 5), new Column("from_level", "Từ cấp độ", 2),
            new Column("title", "Yêu cầu", 7), new Column("status", "Kết quả", 3), new Column("evidence", "Bằng chứng", 6),
            new Column("owner", "Người chịu trách nhiệm", 3), new Column("assessed_by", "Người đánh giá", 3),
            new Column("assessed_at", "Thời điểm đánh giá", 3));

    /** The columns of the annual drill report's main table, one row per drill. */
    public static final List<Column> DRILL_COLUMNS = List.of(
            new Column("drill_id", "Mã", 1), new Column("title", "Tên cuộc diễn tập", 5), new Column("organizer_unit_id", "Mã đơn vị", 3),
            new Column("organizer_unit_name", "Đơn vị tổ chức", 4), new Column("scope", "Quy mô", 2),
            new Column("participants", "Đơn vị tham gia", 4), new Column("planned_start", "Bắt đầu (kế hoạch)", 2),
            new Column("planned_end", "Kết thúc (kế hoạch)", 2), new Column("status", "Tình trạng", 3),
            new Column("held_from", "Tổ chức từ", 2), new Column("held_until", "đến", 2), new Column("findings", "Phát hiện", 2),
            new Column("lessons", "Bài học", 2));

    private ReportContents() {
    }

    /** What every report states about itself, above its content. */
    public record Header(long reportId, String scope, String requestedBy, Instant requestedAt, BuiltFrom builtFrom) {
    }

    /**
     * The sector or unit compliance report.
     *
     * @param units       the units covered (the sector, or a unit and the units below it), in order
     * @param checklists  the covered systems' checklists
     * @param dossiers    each covered system's newest dossier, where it has one
     * @param protections the covered units' 4 layers, by unit
     */
    public static ReportContent compliance(ReportKind kind, Header header, List<Unit> units,
                                           List<SystemChecklist> checklists, Map<SystemId, Dossier> dossiers,
                                           Map<UnitId, ProtectionStatus> protections) {
        Function<UnitId, String> unitName = names(units);
        List<List<String>> systemRows = new ArrayList<>();
        Map<SecurityLevel, Integer> byLevel = new EnumMap<>(SecurityLevel.class);
        int approved = 0;
        long percentSum = 0;
        for (SystemChecklist c : checklists) {
            Checklist.Summary s = c.checklist().summary();
            Optional<Dossier> d = Optional.ofNullable(dossiers.get(c.system().id()));
            byLevel.merge(c.checklist().level(), 1, Integer::sum);
            if (d.filter(x -> x.state() == DossierState.APPROVED).isPresent()) {
                approved++;
            }
            percentSum += s.percentCompliant();
            systemRows.add(List.of(c.system().id().toString(), c.system().name(), c.system().owner().value(), unitName.apply(c.system().owner()),
                    Integer.toString(c.checklist().level().number()), levelSource(c.levelSource()),
                    d.map(x -> x.state().vietnamese()).orElse("Chưa lập hồ sơ"), n(s.applicable()), n(s.compliant()), n(s.partial()),
                    n(s.nonCompliant()), n(s.notApplicable()), n(s.notAssessed()), n(s.percentCompliant()), n(c.openCriticalVulnerabilities())));
        }
        Table systems = new Table(SYSTEM_COLUMNS, systemRows);

        List<List<String>> layerRows = new ArrayList<>();
        int complete = 0;
        for (Unit u : units) {
            ProtectionStatus p = protections.get(u.id());
            if (p == null) {
                continue;
            }
            complete += p.complete() ? 1 : 0;
            List<String> row = new ArrayList<>(List.of(u.id().value(), u.name(), n(p.ownedSystems().size())));
            p.layers().forEach(l -> row.add(l.state().vietnameseName()));
            row.add(p.complete() ? "Có" : "Chưa");
            layerRows.add(row);
        }
        Table layers = new Table(List.of(new Column("unit_id", "Mã đơn vị", 3), new Column("unit_name", "Đơn vị", 6),
                new Column("systems", "Số HTTT", 2), new Column("layer_1", "Lớp 1: lực lượng tại chỗ", 3),
                new Column("layer_2", "Lớp 2: giám sát, bảo vệ chuyên nghiệp", 3), new Column("layer_3", "Lớp 3: kiểm tra, đánh giá độc lập", 3),
                new Column("layer_4", "Lớp 4: kết nối Hệ thống giám sát quốc gia", 3), new Column("complete", "Đủ 4 lớp", 2)), layerRows);

        List<String> summary = new ArrayList<>();
        summary.add("Số đơn vị: " + units.size() + "; số hệ thống thông tin: " + checklists.size() + ".");
        StringBuilder levels = new StringBuilder("Theo cấp độ: ");
        for (SecurityLevel l : SecurityLevel.values()) {
            levels.append(l == SecurityLevel.LEVEL_1 ? "" : "; ").append(Decree85Criteria.legalTerm(l)).append(": ").append(byLevel.getOrDefault(l, 0));
        }
        summary.add(levels.append('.').toString());
        summary.add("Hệ thống có hồ sơ đề xuất cấp độ đã được phê duyệt: " + approved + "/" + checklists.size() + ".");
        summary.add("Tỷ lệ yêu cầu được đáp ứng bình quân của các hệ thống: "
                + (checklists.isEmpty() ? "không có hệ thống" : percentSum / checklists.size() + "%") + ".");
        summary.add("Đơn vị triển khai đủ mô hình bảo vệ 4 lớp: " + complete + "/" + layerRows.size() + ".");
        return new ReportContent(kind.vietnameseTitle(), facts(header),
                List.of(new Section("I. Tổng hợp", summary, null),
                        new Section("II. Mô hình bảo vệ 4 lớp theo đơn vị", List.of(), layers),
                        new Section("III. Các hệ thống thông tin: cấp độ, hồ sơ và mức đáp ứng yêu cầu", List.of(), systems)),
                systems);
    }

    /** The summary of one system's dossier and checklist. */
    public static ReportContent systemDossier(Header header, String ownerName, SystemChecklist checklist, Optional<Dossier> dossier) {
        var system = checklist.system();
        Checklist list = checklist.checklist();
        List<String> about = List.of("Tên hệ thống: " + system.name() + " (mã " + system.id() + ").",
                "Đơn vị chủ quản: " + ownerName + " (" + system.owner() + "). Đơn vị vận hành: " + nonEmpty(system.operator()) + ".",
                "Mục đích: " + nonEmpty(system.purpose()) + ".",
                "Cấp độ: " + Decree85Criteria.legalTerm(list.level()) + " (" + levelSource(checklist.levelSource()) + "); danh mục yêu cầu phiên bản "
                        + list.catalogVersion() + ".",
                "Lỗ hổng nghiêm trọng trong lần quét gần nhất: " + checklist.openCriticalVulnerabilities() + ".");
        List<String> dossierLines = new ArrayList<>();
        if (dossier.isEmpty()) {
            dossierLines.add("Chưa lập hồ sơ đề xuất cấp độ.");
        } else {
            Dossier d = dossier.get();
            dossierLines.add("Tình trạng: " + d.state().vietnamese() + "; phiên bản " + d.current().number() + "; cấp độ đề xuất: "
                    + Decree85Criteria.legalTerm(d.level()) + ".");
            dossierLines.add("Lập bởi " + d.createdBy() + " lúc " + TIME.format(d.createdAt()) + "."
                    + (d.current().submittedAt() == null ? "" : " Nộp bởi " + d.current().submittedBy() + " lúc " + TIME.format(d.current().submittedAt()) + "."));
            if (d.dueAt() != null) {
                dossierLines.add("Hạn xử lý: " + TIME.format(d.dueAt()) + ".");
            }
            if (d.reReview() != null) {
                dossierLines.add("Cần xem xét lại: hệ thống đã thay đổi sau khi được phê duyệt.");
            }
        }
        List<List<String>> groupRows = new ArrayList<>();
        for (Map.Entry<RequirementGroup, Checklist.Summary> g : list.summaryByGroup().entrySet()) {
            Checklist.Summary s = g.getValue();
            groupRows.add(List.of(g.getKey().titleVi(), n(s.applicable()), n(s.compliant()), n(s.partial()), n(s.nonCompliant()),
                    n(s.notApplicable()), n(s.notAssessed()), n(s.percentCompliant())));
        }
        Checklist.Summary all = list.summary();
        groupRows.add(List.of("Tổng cộng", n(all.applicable()), n(all.compliant()), n(all.partial()), n(all.nonCompliant()),
                n(all.notApplicable()), n(all.notAssessed()), n(all.percentCompliant())));
        Table groups = new Table(List.of(new Column("group", "Nhóm yêu cầu", 8), new Column("applicable", "Số yêu cầu", 2),
                new Column("compliant", "Đáp ứng", 2), new Column("partial", "Đáp ứng một phần", 2), new Column("non_compliant", "Chưa đáp ứng", 2),
                new Column("not_applicable", "Không áp dụng", 2), new Column("not_assessed", "Chưa đánh giá", 2),
                new Column("percent_compliant", "Tỷ lệ đáp ứng (%)", 2)), groupRows);
        List<List<String>> lines = new ArrayList<>();
        for (Checklist.Entry e : list.entries()) {
            var a = e.assessment();
            lines.add(List.of(e.requirement().code(), e.group().titleVi(), n(e.requirement().fromLevel().number()), e.requirement().titleVi(),
                    a.map(x -> x.status().vietnameseName()).orElse("Chưa đánh giá"),
                    a.map(x -> join(x.finding().evidence(), x.finding().evidenceLink())).orElse(""),
                    a.map(x -> nonNull(x.finding().owner())).orElse(""), a.map(x -> x.assessedBy()).orElse(""),
                    a.map(x -> TIME.format(x.assessedAt())).orElse("")));
        }
        Table requirements = new Table(REQUIREMENT_COLUMNS, lines);
        return new ReportContent(ReportKind.SYSTEM_DOSSIER.vietnameseTitle(), facts(header),
                List.of(new Section("I. Thông tin hệ thống", about, null), new Section("II. Hồ sơ đề xuất cấp độ", dossierLines, null),
                        new Section("III. Mức đáp ứng theo nhóm yêu cầu", List.of(), groups),
                        new Section("IV. Danh mục yêu cầu và kết quả đánh giá", List.of(), requirements)),
                requirements);
    }

    /** The drills of a year, as planned and as held, on the given day. */
    public static ReportContent annualDrills(Header header, int year, List<Unit> units, List<Drill> drills, LocalDate today) {
        Function<UnitId, String> unitName = names(units);
        Map<Drill.Status, Integer> byStatus = new EnumMap<>(Drill.Status.class);
        List<List<String>> rows = new ArrayList<>();
        for (Drill d : drills) {
            Drill.Status status = d.status(today);
            byStatus.merge(status, 1, Integer::sum);
            rows.add(List.of(d.id().toString(), d.title(), d.organizer().value(), unitName.apply(d.organizer()), d.scope().vietnameseName(),
                    String.join(", ", d.participants().stream().map(UnitId::value).sorted().toList()), DAY.format(d.plannedStart()),
                    DAY.format(d.plannedEnd()), status.vietnameseName(), d.held().map(x -> DAY.format(x.startedOn())).orElse(""),
                    d.held().map(x -> DAY.format(x.endedOn())).orElse(""), d.held().map(x -> n(x.findings().size())).orElse(""),
                    d.held().map(x -> n(x.lessons().size())).orElse("")));
        }
        Table table = new Table(DRILL_COLUMNS, rows);
        List<String> summary = List.of("Năm " + year + ": " + drills.size() + " cuộc diễn tập trong kế hoạch; đã tổ chức: "
                + byStatus.getOrDefault(Drill.Status.HELD, 0) + "; chưa đến hạn: " + byStatus.getOrDefault(Drill.Status.PLANNED, 0)
                + "; quá hạn chưa tổ chức: " + byStatus.getOrDefault(Drill.Status.OVERDUE, 0) + ".");
        return new ReportContent(ReportKind.ANNUAL_DRILLS.vietnameseTitle() + " " + year, facts(header),
                List.of(new Section("I. Tổng hợp", summary, null), new Section("II. Các cuộc diễn tập", List.of(), table)), table);
    }

    private static List<Fact> facts(Header h) {
        return List.of(new Fact("Mã báo cáo", Long.toString(h.reportId())), new Fact("Phạm vi", h.scope()),
                new Fact("Người yêu cầu", h.requestedBy()), new Fact("Thời điểm yêu cầu", TIME.format(h.requestedAt()) + " (giờ Việt Nam)"),
                new Fact("Dữ liệu tính đến", TIME.format(h.builtFrom().dataAsOf()) + " (giờ Việt Nam)"),
                new Fact("Số liệu sử dụng", h.builtFrom().units() + " đơn vị, " + h.builtFrom().systems() + " hệ thống thông tin, "
                        + h.builtFrom().dossiers() + " hồ sơ đề xuất cấp độ, " + h.builtFrom().drills() + " cuộc diễn tập"));
    }

    private static Function<UnitId, String> names(List<Unit> units) {
        Map<UnitId, String> m = new java.util.HashMap<>();
        units.forEach(u -> m.put(u.id(), u.name()));
        return id -> m.getOrDefault(id, id.value());
    }

    private static String levelSource(SystemChecklist.LevelSource s) {
        return s == SystemChecklist.LevelSource.PROPOSED ? "Đề xuất" : "Tính theo tiêu chí";
    }

    private static String n(int value) {
        return Integer.toString(value);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String nonEmpty(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static String join(String evidence, String link) {
        return String.join(" ", java.util.stream.Stream.of(evidence, link).filter(x -> x != null && !x.isBlank()).toList());
    }
}
