package vn.gov.moh.soc.portal.interfaces.web.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.application.event.EventPage;

class HistogramBarTest {
    private static final Instant T = Instant.parse("2026-12-01T01:00:00Z");

    @Test
    void barsShareTheWidthAndTheTallestFillsTheHeightLabelledInVietnamTime() {
        List<HistogramBar> bars = HistogramBar.layout(List.of(new EventPage.Bucket(T, 2), new EventPage.Bucket(T.plusSeconds(300), 0),
                new EventPage.Bucket(T.plusSeconds(600), 8), new EventPage.Bucket(T.plusSeconds(900), 4)));
        assertThat(bars).extracting(HistogramBar::x).containsExactly(0.0, 250.0, 500.0, 750.0);
        assertThat(bars).extracting(HistogramBar::height).containsExactly(30.0, 0.0, 120.0, 60.0);
        assertThat(bars).allSatisfy(b -> assertThat(b.y() + b.height()).isEqualTo(HistogramBar.HEIGHT));
        assertThat(bars.get(0).label()).isEqualTo("2026-12-01 08:00:00");
        assertThat(HistogramBar.layout(List.of(new EventPage.Bucket(T, 0)))).extracting(HistogramBar::height).containsExactly(0.0);
        assertThat(HistogramBar.layout(List.of())).isEmpty();
    }

    @Test
    void aBucketWidthReadsInTheLargestWholeUnit() {
        assertThat(EventSearchBean.width(Duration.ofSeconds(30))).isEqualTo("30s");
        assertThat(EventSearchBean.width(Duration.ofMinutes(5))).isEqualTo("5m");
        assertThat(EventSearchBean.width(Duration.ofHours(3))).isEqualTo("3h");
        assertThat(EventSearchBean.width(Duration.ofDays(30))).isEqualTo("30d");
    }
}
