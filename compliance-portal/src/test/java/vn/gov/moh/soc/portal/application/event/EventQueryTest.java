package vn.gov.moh.soc.portal.application.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.application.InvalidFieldException;

class EventQueryTest {
    private static final Instant TO = Instant.parse("2026-12-01T12:00:00Z");
    private static final Instant FROM = TO.minus(Duration.ofHours(1));

    private static EventQuery query(Map<String, List<String>> filters, List<String> facets, int size) {
        return new EventQuery("  host.name:web  ", FROM, TO, filters, facets, " ", size);
    }

    private static String refusedField(Runnable r) {
        try {
            r.run();
        } catch (InvalidFieldException e) {
            return e.field();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aQueryIsStrippedWithoutEmptyFilterValuesAndCountsEveryFacetByDefault() {
        EventQuery q = query(Map.of("host.name", Arrays.asList("web-01", "", null, "web-01"), "user.name", List.of()), null, 10);
        assertThat(q.text()).isEqualTo("host.name:web");
        assertThat(q.filters()).isEqualTo(Map.of("host.name", List.of("web-01")));
        assertThat(q.facets()).isEqualTo(EventFacets.FIELDS);
        assertThat(q.after()).as("a blank cursor is the first page").isNull();
        assertThat(query(Map.of(), List.of(), 10).facets()).isEmpty();
    }

    @Test
    void eachBadPartIsRefusedNamingItsParameter() {
        assertThat(refusedField(() -> query(Map.of(), null, 0))).isEqualTo("size");
        assertThat(refusedField(() -> query(Map.of(), null, EventQuery.MAX_SIZE + 1))).isEqualTo("size");
        assertThat(refusedField(() -> query(Map.of("message", List.of("x")), null, 10))).isEqualTo("filter");
        assertThat(refusedField(() -> query(Map.of(), List.of("host.name", "message"), 10))).isEqualTo("facets");
        assertThat(refusedField(() -> new EventQuery("", TO, TO, Map.of(), null, null, 10))).isEqualTo("from");
        assertThat(refusedField(() -> new EventQuery("", FROM, null, Map.of(), null, null, 10))).isEqualTo("to");
        assertThat(refusedField(() -> new EventQuery("x".repeat(EventQuery.MAX_TEXT + 1), FROM, TO, Map.of(), null, null, 10)))
                .isEqualTo("q");
        List<String> many = java.util.stream.IntStream.range(0, EventQuery.MAX_FILTER_VALUES + 1).mapToObj(i -> "h" + i).toList();
        assertThatThrownBy(() -> query(Map.of("host.name", many), null, 10)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("host.name has 51 values");
        assertThat(query(Map.of(), null, EventQuery.MAX_SIZE).size()).isEqualTo(EventQuery.MAX_SIZE);
    }

    @Test
    void theHistogramIntervalIsTheSmallestRoundWidthWithinTheBucketCap() {
        assertThat(HistogramInterval.forRange(Duration.ofMinutes(15))).isEqualTo(Duration.ofSeconds(10));
        assertThat(HistogramInterval.forRange(Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(1));
        assertThat(HistogramInterval.forRange(Duration.ofHours(2))).isEqualTo(Duration.ofMinutes(5));
        assertThat(HistogramInterval.forRange(Duration.ofHours(24))).isEqualTo(Duration.ofMinutes(30));
        assertThat(HistogramInterval.forRange(Duration.ofDays(7))).isEqualTo(Duration.ofHours(3));
        assertThat(HistogramInterval.forRange(Duration.ofDays(30))).isEqualTo(Duration.ofHours(12));
        assertThat(HistogramInterval.forRange(Duration.ofDays(365))).isEqualTo(Duration.ofDays(7));
        assertThat(HistogramInterval.forRange(Duration.ofDays(3650))).isEqualTo(Duration.ofDays(37));
        for (long minutes : new long[] {1, 59, 61, 1000, 100_000, 10_000_000}) {
            Duration range = Duration.ofMinutes(minutes);
            assertThat(range.toMillis() / HistogramInterval.forRange(range).toMillis()).as(range.toString())
                    .isLessThanOrEqualTo(HistogramInterval.MAX_BUCKETS);
        }
    }
}
