package vn.gov.moh.soc.portal.interfaces.rest.alert;

import java.util.List;

/**
 * A triage decision: {@code status} ({@code acknowledged}, {@code open} to reopen,
 * {@code false_positive}, {@code benign}, {@code duplicate}), a {@code reason} (needed to close),
 * and the alerts, either {@code ids} or a {@code group} of the grouped view (its rule and key;
 * {@code host: true} when the key is a host name), counted with the request's filter parameters.
 */
public class TriageBody {
    public List<String> ids;
    public Group group;
    public String status;
    public String reason;

    public static class Group {
        public String rule;
        public String key;
        public Boolean host;
    }
}
