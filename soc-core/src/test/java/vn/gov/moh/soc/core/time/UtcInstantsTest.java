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

    @Test
    void offsetTimesAreReadAsOffsetDateTimeReadsThem() {
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            java.time.ZoneOffset offset = java.time.ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 60, 18 * 60 + 1) * 60);
            java.time.OffsetDateTime t = Instant.ofEpochSecond(random.nextLong(0, 253_402_300_799L - 100_000),
                    random.nextBoolean() ? 0 : random.nextInt(1_000_000_000)).atOffset(offset);
            String text = t.toString();
            java.time.OffsetDateTime parsed = java.time.OffsetDateTime.parse(text);
            Instant fast = UtcInstants.offsetInstant(text);
            if (text.length() >= 20 && text.charAt(16) == ':' && text.charAt(19) != ':') {
                assertThat(fast).as(text).isEqualTo(parsed.toInstant());
            } else {
                assertThat(fast).as(text).isNull(); // seconds left out by toString: the general parser's
            }
        }
        for (String other : List.of("2026-11-21T10:00+07:00", "2026-11-21T10:00:00+07:00:00", "2026-11-21T10:00:00+19:00",
                "2026-11-21T10:00:00+0700", "2026-11-21T10:00:00 07:00", "2026-02-30T10:00:00+07:00")) {
            assertThat(UtcInstants.offsetInstant(other)).as(other).isNull();
        }
    }

    @Test
    void commonLogTimesAreReadAsTheAccessLogFormatterReadsThem() {
        java.time.format.DateTimeFormatter common = java.time.format.DateTimeFormatter.ofPattern(
                "d/MMM/yyyy:HH:mm:ss Z", java.util.Locale.ENGLISH);
        Random random = new Random(9);
        for (int i = 0; i < 20_000; i++) {
            java.time.ZoneOffset offset = java.time.ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 60, 18 * 60 + 1) * 60);
            String text = common.format(Instant.ofEpochSecond(random.nextLong(-62_135_596_800L + 100_000,
                    253_402_300_799L - 100_000)).atOffset(offset));
            assertThat(UtcInstants.commonLogTime(text)).as(text)
                    .isEqualTo(java.time.ZonedDateTime.parse(text, common).toInstant());
        }
        for (String other : List.of("31/Nov/2026:10:00:00 +0700", "21/nov/2026:10:00:00 +0700", "21/Nov/2026:24:00:00 +0700",
                "021/Nov/2026:10:00:00 +0700", "21/Nov/2026:10:00:00 +07:00", "21/Nov/0000:10:00:00 +0700",
                "21/Nov/2026:10:00:00 +1900", "21/Nov/2026 10:00:00 +0700")) {
            assertThat(UtcInstants.commonLogTime(other)).as(other).isNull();
        }
        assertThat(UtcInstants.commonLogTime("1/Nov/2026:10:00:00 -0130")).isEqualTo(Instant.parse("2026-11-01T11:30:00Z"));
    }

    @Test
    void instantsAreWrittenAsInstantToStringWritesThem() {
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            int nanos = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant t = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L - 1000, 253_402_300_800L + 1000), nanos);
            assertThat(UtcInstants.format(t)).as(t.toString()).isEqualTo(t.toString());
        }
        for (Instant edge : List.of(Instant.EPOCH, Instant.MIN, Instant.MAX, Instant.ofEpochSecond(-62_167_219_200L),
                Instant.ofEpochSecond(253_402_300_799L, 999_999_999), Instant.ofEpochSecond(253_402_300_800L))) {
            assertThat(UtcInstants.format(edge)).isEqualTo(edge.toString());
        }
    }
}
