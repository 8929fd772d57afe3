package vn.gov.moh.soc.portal.application.pipeline;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.core.asset.Asset;
import vn.gov.moh.soc.core.asset.AssetJson;
import vn.gov.moh.soc.core.asset.Criticality;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.NetworkAddress;
import vn.gov.moh.soc.portal.domain.model.system.SystemComponent;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;

/**
 * An information system as the one asset of {@code soc.assets} the correlation job enriches with:
 * the hosts and addresses of all its components, its owner unit and its Decree 85 level.
 */
public final class AssetRecords {
    /**
     * The portal does not record the unit's operational criticality yet; the middle value keeps
     * alerts from looking more or less urgent than the level alone makes them.
     */
    static final Criticality CRITICALITY = Criticality.MEDIUM;

    private AssetRecords() {
    }

    /** The asset id and Kafka key of a system: {@code system-42}. */
    public static String assetId(SystemId id) {
        return "system-" + id.value();
    }

    /**
     * The system's asset, or empty when no component names a host or an address: such a system
     * cannot be matched by any event, and the asset model needs one of them (the caller sends a
     * tombstone, removing what an earlier version published).
     *
     * @throws IllegalArgumentException naming the field soc-core's asset model refuses
     */
    public static Optional<Asset> asset(InformationSystem system, SecurityLevel level) {
        Set<String> hosts = new LinkedHashSet<>();
        Set<String> ranges = new LinkedHashSet<>();
        for (SystemComponent c : system.components()) {
            hosts.addAll(c.hostNames());
            for (NetworkAddress a : c.addresses()) {
                ranges.addAll(prefixBlocks(a));
            }
        }
        if (hosts.isEmpty() && ranges.isEmpty()) {
            return Optional.empty();
        }
        String id = assetId(system.id());
        return Optional.of(AssetJson.asset(id, system.owner().value(), String.valueOf(system.id().value()), system.name(),
                level, CRITICALITY, List.copyOf(hosts), List.copyOf(ranges)));
    }

    /**
     * The CIDR blocks covering an address, prefix or range: the asset model holds blocks only, and
     * the portal accepts ranges such as {@code 10.1.1.5-20}.
     */
    static List<String> prefixBlocks(NetworkAddress address) {
        // The canonical text NetworkAddress stores parses back to the same address set.
        IPAddress parsed = new IPAddressString(address.toString()).getAddress();
        if (parsed == null) {
            throw new IllegalArgumentException("'" + address + "' is not an address the asset model can hold");
        }
        List<String> blocks = new ArrayList<>();
        for (IPAddress block : parsed.spanWithPrefixBlocks()) {
            blocks.add(block.toCanonicalString());
        }
        return blocks;
    }
}
