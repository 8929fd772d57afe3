package vn.gov.moh.soc.portal.domain.model.alert;

import java.util.Arrays;
import java.util.Optional;

/**
 * The triage state of an alert, kept in its document ({@code soc.alert.status}) so that the queue
 * filters on it at any size. The job writes {@code open}; analysts move it on.
 */
public enum TriageStatus {
    NEW("open"),
    ACKNOWLEDGED("acknowledged"),
    ESCALATED("escalated"),
    CLOSED_FALSE_POSITIVE("false_positive"),
    CLOSED_BENIGN("benign"),
    CLOSED_DUPLICATE("duplicate");

    private final String documentValue;

    TriageStatus(String documentValue) {
        this.documentValue = documentValue;
    }

    /** The value in {@code soc.alert.status}. */
    public String documentValue() {
        return documentValue;
    }

    public boolean closed() {
        return this == CLOSED_FALSE_POSITIVE || this == CLOSED_BENIGN || this == CLOSED_DUPLICATE;
    }

    /** The status a document value names; empty for a value no version of the platform wrote. */
    public static Optional<TriageStatus> ofDocument(String value) {
        return Arrays.stream(values()).filter(s -> s.documentValue.equals(value)).findFirst();
    }
}
