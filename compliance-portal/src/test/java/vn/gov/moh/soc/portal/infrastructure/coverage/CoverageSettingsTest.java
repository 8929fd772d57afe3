package vn.gov.moh.soc.portal.infrastructure.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.domain.model.coverage.CoverageRule;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** The coverage settings: defaults, accepted forms, and a wrong value named. */
class CoverageSettingsTest {
    @Test
    void defaultsAreFifteenMinutesAndAllHosts() {
        assertThat(CoverageSettings.assessment("", "").window()).isEqualTo(Duration.ofMinutes(15));
        assertThat(CoverageSettings.assessment("", "").rule()).isEqualTo(CoverageRule.ALL_HOSTS);
        assertThat(CoverageSettings.assessment(" 2 ", "any-host").window()).isEqualTo(Duration.ofMinutes(2));
        assertThat(CoverageSettings.assessment("", "ANY_HOST").rule()).isEqualTo(CoverageRule.ANY_HOST);
        assertThat(CoverageSettings.units("")).isEmpty();
        assertThat(CoverageSettings.units("byt-cntt, syt-ha-noi")).containsExactlyInAnyOrder(UnitId.of("byt-cntt"), UnitId.of("syt-ha-noi"));
    }

    @Test
    void aWrongValueNamesTheSetting() {
        assertThatThrownBy(() -> CoverageSettings.assessment("0", "")).hasMessageStartingWith("portal.coverage.window-minutes: '0'");
        assertThatThrownBy(() -> CoverageSettings.assessment("15m", "")).hasMessageStartingWith("portal.coverage.window-minutes: '15m'");
        assertThatThrownBy(() -> CoverageSettings.assessment("", "most")).hasMessageStartingWith("portal.coverage.monitored-when: 'most'");
        assertThatThrownBy(() -> CoverageSettings.units("BYT CNTT")).hasMessageStartingWith("portal.coverage.data-center-units:");
    }
}
