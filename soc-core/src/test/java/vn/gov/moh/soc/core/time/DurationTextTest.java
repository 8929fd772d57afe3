package vn.gov.moh.soc.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void settingsTakeMillisecondsToDaysInAnyCaseWithOptionalSpace() {
        assertThat(DurationText.SETTING.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(DurationText.SETTING.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationText.SETTING.parse(" 10 m ")).isEqualTo(Duration.ofMinutes(10));
        assertThat(DurationText.SETTING.parse("10M")).as("settings ignore case: minutes").isEqualTo(Duration.ofMinutes(10));
        assertThat(DurationText.SETTING.parse("2H")).isEqualTo(Duration.ofHours(2));
        assertThat(DurationText.SETTING.parse("1d")).isEqualTo(Duration.ofDays(1));
        assertThat(DurationText.SETTING.parse("0s")).isZero();
        assertThat(DurationText.SETTING.parse("9223372036854775807ms")).isEqualTo(Duration.ofMillis(Long.MAX_VALUE));
    }

    @Test
    void sigmaTimespansAreCaseSensitiveWithWeeksMonthsAndYears() {
        assertThat(DurationText.SIGMA.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(DurationText.SIGMA.parse("1M")).isEqualTo(Duration.ofDays(30));
        assertThat(DurationText.SIGMA.parse("2w")).isEqualTo(Duration.ofDays(14));
        assertThat(DurationText.SIGMA.parse("1y")).isEqualTo(Duration.ofDays(365));
        assertThat(DurationText.SIGMA.parse("3d")).isEqualTo(Duration.ofDays(3));
        assertThat(DurationText.SIGMA.parse("120s")).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void textsThatAreNoDurationSayWhy() {
        assertThatThrownBy(() -> DurationText.SETTING.parse("soon"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'soon' is not a number followed by ms, s, m, h or d");
        assertThatThrownBy(() -> DurationText.SETTING.parse("30")).hasMessageContaining("not a number followed by");
        assertThatThrownBy(() -> DurationText.SETTING.parse("-5s")).hasMessageContaining("not a number followed by");
        assertThatThrownBy(() -> DurationText.SETTING.parse("1.5s")).hasMessageContaining("not a number followed by");
        assertThatThrownBy(() -> DurationText.SETTING.parse("1w")).as("weeks are Sigma's only")
                .hasMessageContaining("not a number followed by");
        assertThatThrownBy(() -> DurationText.SETTING.parse("")).hasMessage("no duration given (a number with ms, s, m, h or d)");
        assertThatThrownBy(() -> DurationText.SETTING.parse(null)).hasMessageContaining("no duration given");
        assertThatThrownBy(() -> DurationText.SIGMA.parse("0m")).hasMessage("'0m' is not a number followed by s, m, h, d, w, M or y");
        assertThatThrownBy(() -> DurationText.SIGMA.parse("5 m")).hasMessageContaining("not a number followed by");
        assertThatThrownBy(() -> DurationText.SIGMA.parse("500ms")).hasMessageContaining("not a number followed by");
        assertThatThrownBy(() -> DurationText.SIGMA.parse("1H")).hasMessageContaining("not a number followed by");
    }

    @Test
    void numbersBeyondADurationAreRefusedNotWrapped() {
        assertThatThrownBy(() -> DurationText.SETTING.parse("99999999999999999999s"))
                .hasMessage("'99999999999999999999s' is too large a duration");
        assertThatThrownBy(() -> DurationText.SETTING.parse("9223372036854775807d")).hasMessageContaining("too large");
        assertThatThrownBy(() -> DurationText.SIGMA.parse("9223372036854775807y")).hasMessageContaining("too large");
    }
}
