package vn.gov.moh.soc.portal.domain.model.alert;

/**
 * The order of the queue. Each order ends on the alert's time (newest first) and its id, so that
 * no two alerts tie and a page boundary is exact.
 */
public enum AlertSort {
    /** By {@code @timestamp}. */
    TIME,
    /** By priority, P1 first when ascending (the document value's own order). */
    PRIORITY,
    /** By the rule's name. */
    RULE
}
