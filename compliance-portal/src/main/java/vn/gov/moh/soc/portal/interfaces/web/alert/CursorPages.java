package vn.gov.moh.soc.portal.interfaces.web.alert;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Page numbers over a cursor-paged result, for PrimeFaces' paginator: the cursor that starts each
 * page seen so far is kept, so going back is one query and going forward from the furthest page seen
 * walks on from there (the paginator offers the next page, never a jump: the queue does not count
 * its way to page 500). Forgotten when the filter or the order changes.
 *
 * @param <P> a fetched page
 */
final class CursorPages<P> implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The cursor that starts each page; index 0 is the first page (no cursor). */
    private final List<String> starts = new ArrayList<>(List.of(""));

    /**
     * Fetches page {@code index}: {@code fetch} takes the start cursor (null for the first page) and
     * answers the page; {@code next} reads the page's next cursor (null: it is the last).
     */
    P page(int index, BiFunction<String, Integer, P> fetch, java.util.function.Function<P, String> next) {
        int at = Math.min(index, starts.size() - 1);
        P page = fetch.apply(cursor(at), at);
        while (at < index) {
            String n = next.apply(page);
            if (n == null) {
                return page; // fewer pages than asked: the last one
            }
            at++;
            remember(at, n);
            page = fetch.apply(n, at);
        }
        String n = next.apply(page);
        if (n != null) {
            remember(at + 1, n);
        }
        return page;
    }

    /** How many pages are known to exist (the next one included when a cursor leads to it). */
    int known() {
        return starts.size();
    }

    void reset() {
        starts.subList(1, starts.size()).clear();
    }

    private String cursor(int at) {
        String c = starts.get(at);
        return c.isEmpty() ? null : c;
    }

    private void remember(int at, String cursor) {
        if (at < starts.size()) {
            starts.set(at, cursor);
        } else {
            starts.add(cursor);
        }
    }
}
