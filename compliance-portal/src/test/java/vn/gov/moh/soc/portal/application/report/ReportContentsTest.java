package vn.gov.moh.soc.portal.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.application.ProtectionStatus;
import vn.gov.moh.soc.portal.application.SystemChecklist;
import vn.gov.moh.soc.portal.domain.model.dossier.Dossier;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierContent;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierId;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierState;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierVersion;
import vn.gov.moh.soc.portal.domain.model.drill.Drill;
import vn.gov.moh.soc.portal.domain.model.drill.DrillExecution;
import vn.gov.moh.soc.portal.domain.model.drill.DrillId;
import vn.gov.moh.soc.portal.domain.model.drill.DrillScope;
import vn.gov.moh.soc.portal.domain.model.drill.Scenario;
import vn.gov.moh.soc.portal.domain.model.protection.LayerStatus;
import vn.gov.moh.soc.portal.domain.model.protection.ProtectionLayer;
import vn.gov.moh.soc.portal.domain.model.protection.UnitProtection;
import vn.gov.moh.soc.portal.domain.model.report.BuiltFrom;
import vn.gov.moh.soc.portal.domain.model.report.ReportContent;
import vn.gov.moh.soc.portal.domain.model.report.ReportKind;
import vn.gov.moh.soc.portal.domain.model.requirement.Assessment;
import vn.gov.moh.soc.portal.domain.model.requirement.AssessmentStatus;
import vn.gov.moh.soc.portal.domain.model.requirement.Checklist;
import vn.gov.moh.soc.portal.domain.model.requirement.Finding;
import vn.gov.moh.soc.portal.domain.model.requirement.Requirement;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementCatalog;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementGroup;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementKind;
import vn.gov.moh.soc.portal.domain.model.system.ClassificationProfile;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitKind;

/** Each report kind's content, cell by cell, from data made here. */
class ReportContentsTest {
    private static final Instant AS_OF = Instant.parse("2026-11-30T17:30:00Z"); // 1 December, 00:30 in Hà Nội
    private static final UnitId BACH_MAI = UnitId.of("bv-bach-mai");
    private static final UnitId MINISTRY = UnitId.of("byt");
    private static final List<Unit> UNITS = List.of(new Unit(MINISTRY, "Bộ Y tế", UnitKind.MINISTRY, null),
            new Unit(BACH_MAI, "Bệnh viện Bạch Mai", UnitKind.CENTRAL_HOSPITAL, MINISTRY));
    private static final RequirementCatalog CATALOG = new RequirementCatalog("2026.1", List.of(),
            List.of(new RequirementGroup("POLICY", RequirementKind.MANAGEMENT, "Thiết lập chính sách an toàn thông tin", "Policy", "", true)),
            List.of(new Requirement("MGT-POL-01", "POLICY", SecurityLevel.LEVEL_1, "Ban hành quy chế", "Rules", "d", "d"),
                    new Requirement("MGT-POL-02", "POLICY", SecurityLevel.LEVEL_2, "Rà soát quy chế", "Review", "d", "d"),
                    new Requirement("MGT-POL-03", "POLICY", SecurityLevel.LEVEL_3, "Phổ biến quy chế", "Train", "d", "d")));

    private static ReportContents.Header header(BuiltFrom from) {
        return new ReportContents.Header(101, "Bệnh viện Bạch Mai (bv-bach-mai) và các đơn vị trực thuộc", "auditor", AS_OF.minusSeconds(5), from);
    }

    private static InformationSystem his(long id) {
        return new InformationSystem(new SystemId(id), "HIS Bạch Mai " + id, BACH_MAI, "Phòng CNTT", "Khám chữa bệnh",
                ClassificationProfile.internalPublic(), List.of());
    }

    private static SystemChecklist checklist(long id, SecurityLevel level, AssessmentStatus first) {
        Assessment a = new Assessment(new SystemId(id), "MGT-POL-01",
                new Finding(first, "Quyết định 12/QĐ", "https://example.vn/qd12", "Phòng CNTT", null), "2026.1", "officer.bachmai",
                Instant.parse("2026-10-01T03:00:00Z"));
        return new SystemChecklist(his(id), SystemChecklist.LevelSource.PROPOSED, new Checklist(new SystemId(id), level, CATALOG, List.of(a)), 2);
    }

    private static Dossier dossier(long system, DossierState state) {
        DossierVersion v = new DossierVersion(1, SecurityLevel.LEVEL_3, SecurityLevel.LEVEL_3, DossierContent.EMPTY, List.of(), null, null);
        return new Dossier(new DossierId(7), new SystemId(system), BACH_MAI, state, List.of(v), List.of(), List.of(), null, null,
                "officer.bachmai", AS_OF.minusSeconds(86400));
    }

    private static ProtectionStatus layers(UnitId unit, LayerStatus.State... states) {
        List<LayerStatus> l = new java.util.ArrayList<>();
        for (int i = 0; i < states.length; i++) {
            l.add(new LayerStatus(ProtectionLayer.values()[i], states[i], List.of()));
        }
        return new ProtectionStatus(UnitProtection.none(unit), Set.of(new SystemId(1)), Set.of(), l);
    }

    @Test
    void theComplianceReportHasOneRowPerSystemWithItsLevelDossierAndCounts() {
        BuiltFrom from = new BuiltFrom(AS_OF, 2, 2, 1, 0);
        ReportContent c = ReportContents.compliance(ReportKind.SECTOR_COMPLIANCE, header(from), UNITS,
                List.of(checklist(1, SecurityLevel.LEVEL_3, AssessmentStatus.COMPLIANT), checklist(2, SecurityLevel.LEVEL_1, AssessmentStatus.PARTIAL)),
                Map.of(new SystemId(1), dossier(1, DossierState.APPROVED)),
                Map.of(BACH_MAI, layers(BACH_MAI, LayerStatus.State.IN_PLACE, LayerStatus.State.IN_PLACE, LayerStatus.State.IN_PLACE,
                        LayerStatus.State.IN_PLACE), MINISTRY, layers(MINISTRY, LayerStatus.State.MISSING, LayerStatus.State.PARTIAL,
                        LayerStatus.State.MISSING, LayerStatus.State.MISSING)));

        assertThat(c.title()).isEqualTo("Báo cáo tình hình bảo đảm an toàn hệ thống thông tin theo cấp độ toàn ngành Y tế");
        assertThat(c.main().columns()).extracting(ReportContent.Column::key).containsExactly("system_id", "system_name", "owner_unit_id",
                "owner_unit_name", "level", "level_source", "dossier_state", "requirements_applicable", "compliant", "partial", "non_compliant",
                "not_applicable", "not_assessed", "percent_compliant", "open_critical_vulnerabilities");
        // Level 3: all three requirements apply, one compliant; level 1: one applies, partial.
        assertThat(c.main().rows()).containsExactly(
                List.of("1", "HIS Bạch Mai 1", "bv-bach-mai", "Bệnh viện Bạch Mai", "3", "Đề xuất", "Đã phê duyệt", "3", "1", "0", "0", "0", "2", "33", "2"),
                List.of("2", "HIS Bạch Mai 2", "bv-bach-mai", "Bệnh viện Bạch Mai", "1", "Đề xuất", "Chưa lập hồ sơ", "1", "0", "1", "0", "0", "0", "0", "2"));
        ReportContent.Table layerTable = c.sections().get(1).table();
        assertThat(layerTable.rows()).containsExactly(
                List.of("byt", "Bộ Y tế", "1", "Chưa triển khai", "Triển khai một phần", "Chưa triển khai", "Chưa triển khai", "Chưa"),
                List.of("bv-bach-mai", "Bệnh viện Bạch Mai", "1", "Đã triển khai", "Đã triển khai", "Đã triển khai", "Đã triển khai", "Có"));
        assertThat(c.sections().get(0).paragraphs()).contains("Số đơn vị: 2; số hệ thống thông tin: 2.",
                "Theo cấp độ: Cấp độ 1: 1; Cấp độ 2: 0; Cấp độ 3: 1; Cấp độ 4: 0; Cấp độ 5: 0.",
                "Hệ thống có hồ sơ đề xuất cấp độ đã được phê duyệt: 1/2.",
                "Tỷ lệ yêu cầu được đáp ứng bình quân của các hệ thống: 16%.",
                "Đơn vị triển khai đủ mô hình bảo vệ 4 lớp: 1/2.");
        assertThat(c.facts()).extracting(ReportContent.Fact::label, ReportContent.Fact::value).contains(
                org.assertj.core.groups.Tuple.tuple("Dữ liệu tính đến", "01/12/2026 00:30:00 (giờ Việt Nam)"),
                org.assertj.core.groups.Tuple.tuple("Số liệu sử dụng", "2 đơn vị, 2 hệ thống thông tin, 1 hồ sơ đề xuất cấp độ, 0 cuộc diễn tập"),
                org.assertj.core.groups.Tuple.tuple("Mã báo cáo", "101"));
    }

    @Test
    void anEmptyScopeStillMakesAReportThatSaysSo() {
        ReportContent c = ReportContents.compliance(ReportKind.UNIT_COMPLIANCE, header(new BuiltFrom(AS_OF, 1, 0, 0, 0)), UNITS.subList(1, 2), List.of(), Map.of(), Map.of());
        assertThat(c.main().rows()).isEmpty();
        assertThat(c.sections().get(0).paragraphs()).contains("Tỷ lệ yêu cầu được đáp ứng bình quân của các hệ thống: không có hệ thống.");
    }

    @Test
    void theSystemSummaryListsEveryApplicableRequirementWithItsFinding() {
        Dossier d = dossier(1, DossierState.SUBMITTED);
        ReportContent c = ReportContents.systemDossier(header(new BuiltFrom(AS_OF, 1, 1, 1, 0)), "Bệnh viện Bạch Mai",
                checklist(1, SecurityLevel.LEVEL_2, AssessmentStatus.COMPLIANT), Optional.of(d));
        assertThat(c.main().rows()).containsExactly(
                List.of("MGT-POL-01", "Thiết lập chính sách an toàn thông tin", "1", "Ban hành quy chế", "Đáp ứng", "Quyết định 12/QĐ https://example.vn/qd12",
                        "Phòng CNTT", "officer.bachmai", "01/10/2026 10:00:00"),
                List.of("MGT-POL-02", "Thiết lập chính sách an toàn thông tin", "2", "Rà soát quy chế", "Chưa đánh giá", "", "", "", ""));
        assertThat(c.sections().get(1).paragraphs().get(0)).isEqualTo("Tình trạng: Đã nộp; phiên bản 1; cấp độ đề xuất: Cấp độ 3.");
        assertThat(c.sections().get(2).table().rows()).last().isEqualTo(List.of("Tổng cộng", "2", "1", "0", "0", "0", "1", "50"));

        ReportContent none = ReportContents.systemDossier(header(new BuiltFrom(AS_OF, 1, 1, 0, 0)), "Bệnh viện Bạch Mai",
                checklist(1, SecurityLevel.LEVEL_2, AssessmentStatus.COMPLIANT), Optional.empty());
        assertThat(none.sections().get(1).paragraphs()).containsExactly("Chưa lập hồ sơ đề xuất cấp độ.");
    }

    @Test
    void theAnnualDrillReportGivesEachDrillItsStatusOnTheDay() {
        Scenario ransomware = new Scenario("Mã độc tống tiền", "");
        Drill held = new Drill(new DrillId(3), 2026, BACH_MAI, DrillScope.UNIT, "Diễn tập HIS", List.of(ransomware), Set.of(),
                LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 11),
                new DrillExecution(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 12), "Phòng CNTT", "", List.of("Sao lưu chưa thử"), List.of()));
        Drill late = new Drill(new DrillId(4), 2026, MINISTRY, DrillScope.SECTOR, "Diễn tập toàn ngành", List.of(ransomware), Set.of(BACH_MAI),
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2), null);
        Drill coming = new Drill(new DrillId(5), 2026, MINISTRY, DrillScope.UNIT, "Diễn tập cuối năm", List.of(ransomware), Set.of(),
                LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 21), null);
        ReportContent c = ReportContents.annualDrills(header(new BuiltFrom(AS_OF, 2, 0, 0, 3)), 2026, UNITS, List.of(held, late, coming),
                LocalDate.of(2026, 12, 1));
        assertThat(c.title()).isEqualTo("Báo cáo kết quả diễn tập an toàn thông tin mạng năm 2026");
        assertThat(c.main().rows()).containsExactly(
                List.of("3", "Diễn tập HIS", "bv-bach-mai", "Bệnh viện Bạch Mai", "Diễn tập của đơn vị", "bv-bach-mai", "10/06/2026", "11/06/2026",
                        "Đã tổ chức", "10/06/2026", "12/06/2026", "1", "0"),
                List.of("4", "Diễn tập toàn ngành", "byt", "Bộ Y tế", "Diễn tập toàn ngành", "bv-bach-mai, byt", "01/09/2026", "02/09/2026",
                        "Quá hạn, chưa tổ chức", "", "", "", ""),
                List.of("5", "Diễn tập cuối năm", "byt", "Bộ Y tế", "Diễn tập của đơn vị", "byt", "20/12/2026", "21/12/2026", "Đã lập kế hoạch",
                        "", "", "", ""));
        assertThat(c.sections().get(0).paragraphs())
                .containsExactly("Năm 2026: 3 cuộc diễn tập trong kế hoạch; đã tổ chức: 1; chưa đến hạn: 1; quá hạn chưa tổ chức: 1.");
    }
}
