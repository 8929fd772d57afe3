package vn.gov.moh.soc.portal.application.event;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.moh.soc.portal.application.InvalidFieldException;

/**
 * One search of the event page: a query string in Elasticsearch's query-string syntax (blank:
 * every event), the time range {@code [from, to)}, values of facet fields to keep (values of one
 * field are alternatives, fields all apply), the facets to count, the cursor of the page after
 * which to continue (null: the newest page) and the page size. Checked here, so that every way in
 * refuses the same requests with the same field named.
 *
 * @param after the {@link EventPage#next()} of the previous page, opaque to the caller
 */
public record EventQuery(String text, Instant from, Instant to, Map<String, List<String>> filters, List<String> facets,
                         String after, int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    public static final int MAX_TEXT = 4_000;
    public static final Duration DEFAULT_RANGE = Duration.ofHours(24);
    /** Values one field may be filtered on at once; more is a query string's work. */
    public static final int MAX_FILTER_VALUES = 50;

    public EventQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            throw new InvalidFieldException("q", "the query has " + text.length() + " characters; at most " + MAX_TEXT);
        }
        if (from == null || to == null) {
            throw new InvalidFieldException(from == null ? "from" : "to", "the time range needs both ends");
        }
        if (!from.isBefore(to)) {
            throw new InvalidFieldException("from", "the range starts at " + from + ", not before its end " + to);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidFieldException("size", "the page size is " + size + "; give 1 to " + MAX_SIZE);
        }
        Map<String, List<String>> kept = new LinkedHashMap<>();
        (filters == null ? Map.<String, List<String>>of() : filters).forEach((field, values) -> {
            if (!EventFacets.known(field)) {
                throw new InvalidFieldException("filter", "'" + field + "' is not a field to filter on; use one of "
                        + EventFacets.FIELDS + " or the query string");
            }
            List<String> clean = new ArrayList<>();
            for (String v : values) {
                if (v != null && !v.isEmpty() && !clean.contains(v)) {
                    clean.add(v);
                }
            }
            if (clean.size() > MAX_FILTER_VALUES) {
                throw new InvalidFieldException("filter", field + " has " + clean.size() + " values; at most " + MAX_FILTER_VALUES);
            }
            if (!clean.isEmpty()) {
                kept.put(field, List.copyOf(clean));
            }
        });
        filters = Map.copyOf(kept);
        List<String> counted = facets == null ? EventFacets.FIELDS : facets;
        for (String f : counted) {
            if (!EventFacets.known(f)) {
                throw new InvalidFieldException("facets", "'" + f + "' is not a facet; use some of " + EventFacets.FIELDS);
            }
        }
        facets = counted.stream().distinct().toList();
        after = after == null || after.isBlank() ? null : after;
    }

    /** The last {@link #DEFAULT_RANGE} up to {@code now}, every event, every facet, the first page. */
    public static EventQuery recent(Instant now) {
        return new EventQuery("", now.minus(DEFAULT_RANGE), now, Map.of(), null, null, DEFAULT_SIZE);
    }

    /** The field's values kept in an order of their own, for building stable requests. */
    public Map<String, List<String>> sortedFilters() {
        Map<String, List<String>> sorted = new LinkedHashMap<>();
        EventFacets.FIELDS.stream().filter(filters::containsKey).forEach(f -> sorted.put(f, filters.get(f)));
        return sorted;
    }

    /** The same search from its first page. */
    public EventQuery firstPage() {
        return new EventQuery(text, from, to, filters, facets, null, size);
    }

    /** The same search continued after a page's cursor. */
    public EventQuery after(String cursor) {
        return new EventQuery(text, from, to, filters, facets, cursor, size);
    }

    public Duration histogramInterval() {
        return HistogramInterval.forRange(Duration.between(from, to));
    }
}
