package vn.gov.moh.soc.core.sigma;

import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.sigma.correlation.CorrelationAlert;
import vn.gov.moh.soc.core.sigma.rule.SigmaRule;

/** What the detector raises: a detection rule that matched one event, or a correlation that fired. */
public sealed interface Alert {

    /** A detection rule matched an event. */
    record RuleMatch(SigmaRule rule, Event event) implements Alert {
    }

    /** A correlation rule fired for a group. */
    record Correlation(CorrelationAlert alert) implements Alert {
    }
}
