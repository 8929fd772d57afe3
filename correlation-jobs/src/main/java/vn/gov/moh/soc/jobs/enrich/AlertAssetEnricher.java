package vn.gov.moh.soc.jobs.enrich;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import vn.gov.moh.soc.core.asset.Asset;
import vn.gov.moh.soc.core.asset.AssetInventory;
import vn.gov.moh.soc.core.asset.Priority;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.jobs.record.AlertRecord;

/**
 * Asset context and priority for the job's alerts. The alert's document is read like an event's
 * (a rule match carries its event's {@code organization.id}, {@code host.name} and {@code host.ip};
 * a correlation its group fields and the hosts its events were aimed at, several values each when
 * they were several), the same {@code soc.system.*} and {@code soc.asset.id} fields as
 * {@link EventAssetEnricher} are added, and {@code soc.alert.priority} from {@link Priority}.
 * The record's own fields get the same values, for stages after this one.
 *
 * <p>Several targets: each unit's hosts and addresses are looked up in that unit, and the asset
 * of the highest Decree 85 level wins (then the more critical, then the smaller id), so the
 * priority follows the most sensitive system attacked.
 *
 * <p>The source: when {@code source.ip} lies in an inventoried range of the alert's unit (an
 * internal machine attacking), the alert also gets {@code soc.source.asset.id} and
 * {@code soc.source.system.id|name|level|criticality}. It never becomes the alert's asset nor
 * changes its priority: the attacked system decides how urgent the alert is. Without a unit the
 * source is not looked up, since private address plans repeat from one hospital to the next.
 */
public final class AlertAssetEnricher implements AssetEnricher<AlertRecord> {
    private static final long serialVersionUID = 1L;
    /** First the highest level, then the most critical, then the smallest id (every instance chooses alike). */
    private static final Comparator<Asset> MOST_SENSITIVE = Comparator.comparingInt((Asset a) -> -a.level().number())
            .thenComparingInt(a -> -a.criticality().ordinal()).thenComparing(Asset::id);

    private final EventAssetEnricher fields = new EventAssetEnricher();
    // The function asks for the asset and then enriches the same record: copy its document once
    // (the input record is left as it was), and keep the source's asset found beside the target's
    // for the enrichment that follows.
    private transient AlertRecord parsedRecord;
    private transient Event parsed;
    private transient Asset sourceAsset;

    private Event document(AlertRecord alert) {
        if (alert != parsedRecord) {
            parsed = new Event(new HashMap<>(alert.document().fields()), alert.document().logSource());
            parsedRecord = alert;
            sourceAsset = null;
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
    public Asset asset(AlertRecord alert, AssetInventory inventory) {
        Event doc = document(alert);
        List<String> units = texts(doc.get("organization.id"));
        List<String> hosts = texts(doc.get("host.name"));
        List<String> addresses = texts(doc.get("host.ip"));
        List<Asset> found = new ArrayList<>();
        for (String unit : units.isEmpty() ? Collections.<String>singletonList(null) : units) {
            if (hosts.size() <= 1) {
                inventory.resolve(unit, hosts.isEmpty() ? null : hosts.get(0), addresses).ifPresent(found::add);
            } else {
                for (String host : hosts) {
                    inventory.resolve(unit, host, List.of()).ifPresent(found::add);
                }
                for (String address : addresses) {
                    inventory.resolve(unit, null, List.of(address)).ifPresent(found::add);
                }
            }
        }
        String source = doc.text("source.ip");
        if (source != null) {
            List<Asset> sources = new ArrayList<>();
            for (String unit : units) {
                inventory.resolve(unit, null, List.of(source)).ifPresent(sources::add);
            }
            sourceAsset = sources.stream().min(MOST_SENSITIVE).orElse(null);
        }
        return found.stream().min(MOST_SENSITIVE).orElse(null);
    }

    private static List<String> texts(Object value) {
        if (value instanceof Collection<?> many) {
            List<String> out = new ArrayList<>(many.size());
            for (Object o : many) {
                if (o != null) {
                    out.add(o.toString());
                }
            }
            return out;
        }
        return value == null ? List.of() : List.of(value.toString());
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
        if (sourceAsset != null) {
            doc.put("soc.source.asset.id", sourceAsset.id())
                    .put("soc.source.system.id", sourceAsset.systemId())
                    .put("soc.source.system.name", sourceAsset.systemName())
                    .put("soc.source.system.level", (long) sourceAsset.level().number())
                    .put("soc.source.system.criticality", sourceAsset.criticality().jsonName());
        }
        AlertRecord out = new AlertRecord(alert.id, alert.ruleId, alert.level, alert.timestamp, doc);
        out.priority = priority.name();
        if (asset != null) {
            out.assetId = asset.id();
            out.systemId = asset.systemId();
            out.systemLevel = asset.level().number();
        }
        parsedRecord = null;
        parsed = null;
        sourceAsset = null;
        return out;
    }
}
