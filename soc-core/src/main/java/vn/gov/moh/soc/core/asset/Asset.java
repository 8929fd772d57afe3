package vn.gov.moh.soc.core.asset;

import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One asset of {@code soc.assets} (Kafka key: {@link #id}): the hosts and address ranges of an
 * information system of a unit. Host names are kept in lower case (DNS names are case-insensitive);
 * ranges are CIDR prefix blocks, IPv4 or IPv6 (a single address is a /32 or /128 block).
 *
 * <p>Build with {@link AssetJson} or {@link AssetInventoryFile}, which check every field.
 */
public final class Asset {
    private final String id;
    private final String unitId;
    private final String systemId;
    private final String systemName;
    private final SecurityLevel level;
    private final Criticality criticality;
    private final List<String> hostNames;
    private final List<IPAddress> ranges;

    Asset(String id, String unitId, String systemId, String systemName, SecurityLevel level, Criticality criticality,
            List<String> hostNames, List<IPAddress> ranges) {
        this.id = Objects.requireNonNull(id, "id");
        this.unitId = Objects.requireNonNull(unitId, "unitId");
        this.systemId = Objects.requireNonNull(systemId, "systemId");
        this.systemName = Objects.requireNonNull(systemName, "systemName");
        this.level = Objects.requireNonNull(level, "level");
        this.criticality = Objects.requireNonNull(criticality, "criticality");
        this.hostNames = hostNames.stream().map(h -> h.toLowerCase(Locale.ROOT)).distinct().toList();
        this.ranges = List.copyOf(ranges);
    }

    public String id() {
        return id;
    }

    /** The unit that owns it ({@code bv-bach-mai}): ECS {@code organization.id}. */
    public String unitId() {
        return unitId;
    }

    /** The information system it belongs to: {@code soc.system.id}. */
    public String systemId() {
        return systemId;
    }

    public String systemName() {
        return systemName;
    }

    /** The system's Decree 85 level: {@code soc.system.level}. */
    public SecurityLevel level() {
        return level;
    }

    public Criticality criticality() {
        return criticality;
    }

    /** Host names, lower case. */
    public List<String> hostNames() {
        return hostNames;
    }

    /** Address ranges as prefix blocks. */
    public List<IPAddress> ranges() {
        return ranges;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Asset a && id.equals(a.id) && unitId.equals(a.unitId) && systemId.equals(a.systemId)
                && systemName.equals(a.systemName) && level == a.level && criticality == a.criticality
                && hostNames.equals(a.hostNames) && ranges.equals(a.ranges);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, unitId, systemId, level);
    }

    @Override
    public String toString() {
        return "Asset[" + id + ", unit=" + unitId + ", system=" + systemId + " (" + systemName + "), level "
                + level.number() + ", " + criticality.jsonName() + ", hosts=" + hostNames + ", ranges=" + ranges + "]";
    }
}
