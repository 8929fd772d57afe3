package vn.gov.moh.soc.jobs.record;

/**
 * One hit for a correlation rule: an event (or a fired inner correlation) that one of the rules
 * the correlation refers to matched, already grouped. Keyed by {@link #key} (correlation rule and
 * group values), it carries only what the correlator keeps, not the event.
 */
public class CorrelationHit {
    /** The correlation rule and the group values: the key of the correlation state. */
    public String key;
    /** The correlation rule's id (or title when it has none). */
    public String correlation;
    /** Depth of the correlation in its chain: the stage that keeps its state. */
    public int depth;
    /** Index, in the correlation's rule list, of the rule that matched. */
    public int ruleIndex;
    /** Values of the correlation's group-by fields, in its order. */
    public String[] group;
    /** Event time, epoch milliseconds. */
    public long timestamp;
    public String eventId;
    /** Value of the condition's field (value_* types), or null. */
    public String value;
    /** The hosts the hit's event was aimed at (encoded by {@code detect.Targets}), or null: a correlation alert names them. */
    public String[] targets;

    public CorrelationHit() {
    }

    public CorrelationHit(String key, String correlation, int depth, int ruleIndex, String[] group, long timestamp,
            String eventId, String value) {
        this.key = key;
        this.correlation = correlation;
        this.depth = depth;
        this.ruleIndex = ruleIndex;
        this.group = group;
        this.timestamp = timestamp;
        this.eventId = eventId;
        this.value = value;
    }
}
