package vn.gov.moh.soc.jobs.record;

/**
 * An alert between the stages and to {@code soc.alerts}: its stable id, the rule that raised it
 * and its level, its time, and its ECS JSON ({@link vn.gov.moh.soc.core.sigma.AlertDocument}).
 */
public class AlertRecord {
    public String id;
    public String ruleId;
    /** Sigma level of the rule (informational … critical); the enrichment stage combines it with the asset's. */
    public String level;
    /** The matched event's time, or the end of a correlation's window, epoch milliseconds. */
    public long timestamp;
    public byte[] json;
    /** {@code P1} … {@code P5} once enriched (also {@code soc.alert.priority} in the JSON); null before. */
    public String priority;
    /** The asset the alert is about ({@code soc.asset.id}), null if none matched or not yet enriched. */
    public String assetId;
    /** The asset's information system ({@code soc.system.id}). */
    public String systemId;
    /** The system's Decree 85 level 1–5 ({@code soc.system.level}); 0 when unknown. */
    public int systemLevel;

    public AlertRecord() {
    }

    public AlertRecord(String id, String ruleId, String level, long timestamp, byte[] json) {
        this.id = id;
        this.ruleId = ruleId;
        this.level = level;
        this.timestamp = timestamp;
        this.json = json;
    }
}
