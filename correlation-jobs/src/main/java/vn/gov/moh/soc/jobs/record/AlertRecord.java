package vn.gov.moh.soc.jobs.record;

import org.apache.flink.api.common.typeinfo.TypeInfo;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.EventJson;

/**
 * An alert between the stages and to {@code soc.alerts}: its stable id, the rule that raised it
 * and its level, its time, and its document ({@link vn.gov.moh.soc.core.sigma.AlertDocument}) as
 * an {@link Event} or as its ECS JSON, each made from the other on first use and then kept: the
 * detection stages hand the document to enrichment, which adds to it, and its JSON is written
 * once, for the sinks. Between tasks it travels in {@link AlertRecordSerializer}'s form.
 */
@TypeInfo(RecordTypeInfo.AlertFactory.class)
public class AlertRecord {
    public String id;
    public String ruleId;
    /** Sigma level of the rule (informational … critical); the enrichment stage combines it with the asset's. */
    public String level;
    /** The matched event's time, or the end of a correlation's window, epoch milliseconds. */
    public long timestamp;
    /** The document, or null while only its JSON is known. */
    Event document;
    /** The document as ECS JSON, or null until first asked for. */
    byte[] json;
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
        this(id, ruleId, level, timestamp, null, json);
    }

    public AlertRecord(String id, String ruleId, String level, long timestamp, Event document) {
        this(id, ruleId, level, timestamp, document, null);
    }

    AlertRecord(String id, String ruleId, String level, long timestamp, Event document, byte[] json) {
        this.id = id;
        this.ruleId = ruleId;
        this.level = level;
        this.timestamp = timestamp;
        this.document = document;
        this.json = json;
    }

    /**
     * The document; read from the JSON the first time when the record was made from JSON. Callers
     * that change it must hold the only reference to the record (a stage's input, not its output).
     */
    public Event document() {
        if (document == null) {
            document = EventJson.read(json);
        }
        return document;
    }

    /** The document as ECS JSON, written the first time; callers must not change the array. */
    public byte[] json() {
        if (json == null) {
            json = EventJson.write(document);
        }
        return json;
    }
}
