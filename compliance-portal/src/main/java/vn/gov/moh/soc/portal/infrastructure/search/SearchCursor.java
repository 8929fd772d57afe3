package vn.gov.moh.soc.portal.infrastructure.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import vn.gov.moh.soc.portal.application.InvalidFieldException;

/**
 * The cursor of a page: the sort values of its last event ({@code @timestamp} in epoch
 * milliseconds, then {@code event.id}, unique per event, as the tiebreaker), for
 * {@code search_after}. URL-safe Base64 so it travels in a query parameter as it is; opaque to callers.
 */
final class SearchCursor {
    private SearchCursor() {
    }

    static String encode(List<FieldValue> sort) {
        if (sort.size() != 2) {
            throw new IllegalStateException("an event hit sorted by time and id has 2 sort values, not " + sort);
        }
        String text = sort.get(0).longValue() + ":" + sort.get(1).stringValue();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidFieldException naming {@code after} for anything this class did not write */
    static List<FieldValue> decode(String cursor) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw notACursor(cursor);
        }
        int colon = text.indexOf(':');
        if (colon < 1 || colon == text.length() - 1) {
            throw notACursor(cursor);
        }
        try {
            long millis = Long.parseLong(text.substring(0, colon));
            return List.of(FieldValue.of(millis), FieldValue.of(text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw notACursor(cursor);
        }
    }

    private static InvalidFieldException notACursor(String cursor) {
        String shown = cursor.length() > 40 ? cursor.substring(0, 40) + "…" : cursor;
        return new InvalidFieldException("after", "'" + shown + "' is not the cursor of a result page (give the 'next' of the previous page)");
    }
}
