package vn.gov.moh.soc.jobs.enrich;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.gov.moh.soc.core.asset.Asset;
import vn.gov.moh.soc.core.asset.Priority;
import vn.gov.moh.soc.core.event.Event;

/**
 * Asset context for ECS events: looked up by {@code organization.id} (the agent's unit),
 * {@code host.name} and {@code host.ip}; written to {@code soc.system.id}, {@code soc.system.name},
 * {@code soc.system.level} (fields of soc-core's index template), {@code soc.system.criticality} and
 * {@code soc.asset.id}, and {@code organization.id} when the event had none.
 */
public final class EventAssetEnricher implements AssetEnricher<Event> {
    private static final long serialVersionUID = 1L;

    @Override
    public String unitId(Event event) {
        return event.text("organization.id");
    }

    @Override
    public String hostName(Event event) {
        return event.text("host.name");
    }

    @Override
    public Collection<String> addresses(Event event) {
        Object ip = event.get("host.ip");
        if (ip instanceof Collection<?> many) {
            List<String> out = new ArrayList<>(many.size());
            for (Object o : many) {
                if (o instanceof String s) {
                    out.add(s);
                }
            }
            return out;
        }
        return ip instanceof String s ? List.of(s) : List.of();
    }

    @Override
    public boolean prioritized() {
        return false;
    }

    @Override
    public Event enrich(Event event, Asset asset, Priority priority) {
        if (asset == null) {
            return event;
        }
        if (!event.has("organization.id")) {
            event.put("organization.id", asset.unitId());
        }
        return event.put("soc.asset.id", asset.id())
                .put("soc.system.id", asset.systemId())
                .put("soc.system.name", asset.systemName())
                .put("soc.system.level", (long) asset.level().number())
                .put("soc.system.criticality", asset.criticality().jsonName());
    }
}
