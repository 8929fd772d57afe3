package vn.gov.moh.soc.portal.application.event;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of a search: how many events match in all (exact), the page's events newest first,
 * the facets' most frequent values, the histogram (every bucket of the range, empty ones too, so
 * their counts add up to the total) and the cursor of the next page (null on the last).
 */
public record EventPage(long total, List<EventHit> events, Map<String, List<FacetCount>> facets, Duration interval,
                        List<Bucket> histogram, String next) {
    public EventPage {
        events = List.copyOf(events);
        facets = Map.copyOf(facets);
        histogram = List.copyOf(histogram);
    }

    /** A value of a facet and how many matching events have it. */
    public record FacetCount(String value, long count) {
    }

    /** A histogram bucket from {@code start}, one interval wide. */
    public record Bucket(Instant start, long count) {
    }
}
