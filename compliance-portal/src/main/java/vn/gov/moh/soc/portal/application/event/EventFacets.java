package vn.gov.moh.soc.portal.application.event;

import java.util.List;

/**
 * The fields the console counts values of, and on which a click on a value filters: what an
 * analyst narrows a hunt by (source, host, address, user, outcome) and whose unit and system an
 * event belongs to. Every one is a keyword or ip field in soc-core's index templates, so a terms
 * aggregation and a terms filter work on it without fielddata.
 */
public final class EventFacets {
    public static final List<String> FIELDS = List.of("event.dataset", "host.name", "source.ip", "user.name",
            "event.outcome", "organization.id", "soc.system.name");
    /** Values shown per facet: the most frequent ones. */
    public static final int VALUES = 10;

    private EventFacets() {
    }

    public static boolean known(String field) {
        return FIELDS.contains(field);
    }
}
