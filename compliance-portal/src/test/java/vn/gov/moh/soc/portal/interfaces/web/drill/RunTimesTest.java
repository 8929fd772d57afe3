package vn.gov.moh.soc.portal.interfaces.web.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How the drill pages show measured times: to the second under an hour, then hours, then days. */
class RunTimesTest {
    @Test
    void durationsAreShownToTheSecondUnderAnHour() {
        assertThat(RunTimes.duration(null)).as("not measured").isEmpty();
        assertThat(RunTimes.duration(Duration.ZERO)).isEqualTo("0s");
        assertThat(RunTimes.duration(Duration.ofMillis(42_900))).as("whole seconds, not rounded up").isEqualTo("42s");
        assertThat(RunTimes.duration(Duration.ofSeconds(60))).isEqualTo("1m 00s");
        assertThat(RunTimes.duration(Duration.ofSeconds(400))).isEqualTo("6m 40s");
        assertThat(RunTimes.duration(Duration.ofSeconds(3599))).isEqualTo("59m 59s");
        assertThat(RunTimes.duration(Duration.ofSeconds(3600))).isEqualTo("1h 00m");
        assertThat(RunTimes.duration(Duration.ofMinutes(130))).isEqualTo("2h 10m");
        assertThat(RunTimes.duration(Duration.ofHours(27))).isEqualTo("1d 03h");
    }

    @Test
    void instantsAreShownInVietnamsTime() {
        assertThat(RunTimes.time(Instant.parse("2026-12-01T17:30:05Z"))).isEqualTo("02/12/2026 00:30:05");
        assertThat(RunTimes.time(null)).isEmpty();
    }
}
