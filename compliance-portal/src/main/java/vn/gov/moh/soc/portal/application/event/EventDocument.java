package vn.gov.moh.soc.portal.application.event;

import java.util.List;

/**
 * One stored event as the document view shows it: the source as indexed, pretty-printed, and each
 * field (flat dotted name, value as text) in name order.
 */
public record EventDocument(EventHit hit, String json, List<Field> fields) {
    public EventDocument {
        fields = List.copyOf(fields);
    }

    public record Field(String name, String value) {
    }
}
