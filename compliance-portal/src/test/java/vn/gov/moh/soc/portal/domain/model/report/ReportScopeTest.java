package vn.gov.moh.soc.portal.domain.model.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** Each kind takes exactly the scope field it needs; the refusal names the field. */
class ReportScopeTest {
    private static final UnitId UNIT = UnitId.of("bv-bach-mai");

    @Test
    void eachKindTakesItsOneField() {
        assertThat(new ReportScope(ReportKind.SECTOR_COMPLIANCE, null, null, null).describe()).isEqualTo("sector");
        assertThat(new ReportScope(ReportKind.UNIT_COMPLIANCE, UNIT, null, null).describe()).isEqualTo("unit bv-bach-mai");
        assertThat(new ReportScope(ReportKind.SYSTEM_DOSSIER, null, new SystemId(7), null).describe()).isEqualTo("system 7");
        assertThat(new ReportScope(ReportKind.ANNUAL_DRILLS, null, null, 2026).describe()).isEqualTo("year 2026");
    }

    @Test
    void aMissingOrASurplusFieldIsRefusedNamingIt() {
        assertThatThrownBy(() -> new ReportScope(ReportKind.UNIT_COMPLIANCE, null, null, null))
                .isInstanceOfSatisfying(ReportScope.InvalidScopeException.class, e -> assertThat(e.field()).isEqualTo("unit"))
                .hasMessage("a UNIT_COMPLIANCE report needs the unit");
        assertThatThrownBy(() -> new ReportScope(ReportKind.SECTOR_COMPLIANCE, UNIT, null, null))
                .isInstanceOfSatisfying(ReportScope.InvalidScopeException.class, e -> assertThat(e.field()).isEqualTo("unit"))
                .hasMessage("a SECTOR_COMPLIANCE report takes no unit");
        assertThatThrownBy(() -> new ReportScope(ReportKind.SYSTEM_DOSSIER, UNIT, new SystemId(7), null))
                .isInstanceOfSatisfying(ReportScope.InvalidScopeException.class, e -> assertThat(e.field()).isEqualTo("unit"));
        assertThatThrownBy(() -> new ReportScope(ReportKind.ANNUAL_DRILLS, null, null, null))
                .isInstanceOfSatisfying(ReportScope.InvalidScopeException.class, e -> assertThat(e.field()).isEqualTo("year"));
        assertThatThrownBy(() -> new ReportScope(ReportKind.ANNUAL_DRILLS, null, null, 1999))
                .isInstanceOfSatisfying(ReportScope.InvalidScopeException.class, e -> assertThat(e.field()).isEqualTo("year"))
                .hasMessageContaining("1999");
    }
}
