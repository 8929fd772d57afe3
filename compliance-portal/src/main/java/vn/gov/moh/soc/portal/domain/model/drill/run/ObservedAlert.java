package vn.gov.moh.soc.portal.domain.model.drill.run;

import java.time.Instant;
import java.util.Objects;

/**
 * A marked alert of a drill run as the measurement needs it: which rule, when the pipeline
 * raised it ({@code @timestamp}), and when analysts first acknowledged it and closed it (closed:
 * a closing triage or an escalation into an incident), each null while not done.
 */
public record ObservedAlert(String id, String ruleId, String ruleName, Instant raisedAt, Instant acknowledgedAt,
        Instant closedAt) {
    public ObservedAlert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }
}
