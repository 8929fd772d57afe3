package vn.gov.moh.soc.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UtcInstantsTest {
    @Test
    void thePlatformsFormIsReadAsInstantParseReadsIt() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(0, 253_402_300_799L), random.nextInt(1_000_000_000));
            String text = t.toString();
            String cut = text.contains(".") ? text.substring(0, 20 + random.nextInt(text.length() - 20)) + "Z" : text;
            if (cut.endsWith(".Z")) {
                cut = cut.replace(".Z", "Z");
            }
            assertThat(UtcInstants.utcInstant(cut)).as(cut).isEqualTo(Instant.parse(cut));
            assertThat(UtcInstants.parse(cut)).as(cut).isEqualTo(Instant.parse(cut));
        }
    }

    @Test
    void otherFormsAreLeftToTheGeneralParser() {
        for (String other : List.of("2026-11-21T03:00:00+07:00", "2026-02-30T03:00:00Z", "2026-11-21T24:00:00Z",
                "2026-11-21T03:00:00.Z", "2026-11-21T03:00:60Z", "+12026-11-21T03:00:00Z", "2026-11-21 03:00:00Z",
                "2026-11-21T03:00:0xZ", "2026-11-21T03:00:00.1234567890Z")) {
            assertThat(UtcInstants.utcInstant(other)).as(other).isNull();
        }
        assertThat(UtcInstants.parse("2026-11-21T10:00:00+07:00")).isEqualTo(Instant.parse("2026-11-21T03:00:00Z"));
        assertThat(UtcInstants.parse("2026-11-21T23:59:60Z")).isEqualTo(Instant.parse("2026-11-21T23:59:60Z"));
    }

    @Test
    void whatIsNoInstantIsRefusedAsByInstantParse() {
        for (String bad : List.of("yesterday", "2026-02-30T03:00:00Z", "2026-11-21T03:00:00", "")) {
            assertThatThrownBy(() -> UtcInstants.parse(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
    }
}
