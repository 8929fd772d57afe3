package vn.gov.moh.soc.jobs.enrich;

import java.util.Collection;
import vn.gov.moh.soc.core.asset.Asset;
import vn.gov.moh.soc.core.asset.Priority;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.EventJson;
import vn.gov.moh.soc.jobs.record.AlertRecord;

/**
 * Asset context and priority for the job's alerts. The alert's ECS JSON is read like an event's
 * (a rule match carries its event's {@code organization.id}, {@code host.name} and {@code host.ip};
 * a correlation only its group fields), the same {@code soc.system.*} and {@code soc.asset.id}
 * fields as {@link EventAssetEnricher} are added, and {@code soc.alert.priority} from
 * {@link Priority}. The record's own fields get the same values, for stages after this one.
 */
public final class AlertAssetEnricher implements AssetEnricher<AlertRecord> {
    private static final long serialVersionUID = 1L;

    private final EventAssetEnricher fields = new EventAssetEnricher();
    // The function asks for unit, host, addresses and then enriches the same record: parse it once.
    private transient AlertRecord parsedRecord;
    private transient Event parsed;

    private Event document(AlertRecord alert) {
        if (alert != parsedRecord) {
            parsed = EventJson.read(alert.json);
            parsedRecord = alert;
        }
        return parsed;
    }

    @Override
    public String unitId(AlertRecord alert) {
        return fields.unitId(document(alert));
    }

    @Override
    public String hostName(AlertRecord alert) {
        return fields.hostName(document(alert));
    }

    @Override
    public Collection<String> addresses(AlertRecord alert) {
        return fields.addresses(document(alert));
    }

    @Override
    public boolean prioritized() {
        return true;
    }

    @Override
    public String ruleLevel(AlertRecord alert) {
        return alert.level;
    }

    @Override
    public AlertRecord enrich(AlertRecord alert, Asset asset, Priority priority) {
        Event doc = fields.enrich(document(alert), asset, null);
        doc.put("soc.alert.priority", priority.name());
        AlertRecord out = new AlertRecord(alert.id, alert.ruleId, alert.level, alert.timestamp, EventJson.write(doc));
        out.priority = priority.name();
        if (asset != null) {
            out.assetId = asset.id();
            out.systemId = asset.systemId();
            out.systemLevel = asset.level().number();
        }
        parsedRecord = null;
        parsed = null;
        return out;
    }
}
