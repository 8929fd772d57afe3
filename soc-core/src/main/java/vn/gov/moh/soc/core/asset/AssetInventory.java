package vn.gov.moh.soc.core.asset;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.format.util.AssociativeAddressTrie;
import inet.ipaddr.format.util.DualIPv4v6AssociativeTries;
import inet.ipaddr.ipv4.IPv4Address;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.gov.moh.soc.core.net.DottedQuad;

/**
 * An immutable index of assets that answers "which asset is this record about?": first by exact
 * host name (case-insensitive), then by the longest prefix among the ranges containing one of the
 * record's addresses (a /28 of the database servers wins over the /16 of the whole hospital).
 * Addresses are looked up in a binary trie per IP version (the ipaddress library's), so a lookup
 * costs one walk of at most 32 or 128 levels whatever the number of ranges. IPv4-mapped IPv6
 * addresses ({@code ::ffff:10.10.1.11}) are looked up as IPv4.
 *
 * <p>Private address plans and short host names repeat from one unit to the next (every hospital
 * has a {@code 10.x} network and a {@code his-web-01}), so when the record says which unit it
 * comes from (the agent's unit), only that unit's assets are considered; a record is never
 * attributed to another unit's asset. Without a unit, every asset is considered. When two assets
 * claim the same host name or the same range, the one with the smaller id wins, so every instance
 * of a parallel job resolves alike.
 */
public final class AssetInventory {
    public static final AssetInventory EMPTY = of(List.of());

    private final Index all;
    private final Map<String, Index> byUnit;
    private final int size;

    private AssetInventory(Index all, Map<String, Index> byUnit, int size) {
        this.all = all;
        this.byUnit = byUnit;
        this.size = size;
    }

    public static AssetInventory of(Collection<Asset> assets) {
        List<Asset> sorted = new ArrayList<>(assets);
        // Largest id first and later entries replace earlier ones: the smallest id wins a shared name or range.
        sorted.sort(Comparator.comparing(Asset::id).reversed());
        Index all = new Index();
        Map<String, Index> byUnit = new HashMap<>();
        for (Asset a : sorted) {
            all.add(a);
            byUnit.computeIfAbsent(a.unitId(), u -> new Index()).add(a);
        }
        return new AssetInventory(all, Map.copyOf(byUnit), sorted.size());
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * The asset a record is about.
     *
     * @param unitId the record's unit, or null if unknown
     * @param hostName the record's host name, or null
     * @param addresses the record's addresses as text; unparseable ones are skipped
     */
    public Optional<Asset> resolve(String unitId, String hostName, Collection<String> addresses) {
        Index index = unitId == null ? all : byUnit.get(unitId);
        if (index == null) {
            return Optional.empty();
        }
        if (hostName != null) {
            Asset byName = index.hosts.get(hostName.toLowerCase(Locale.ROOT));
            if (byName != null) {
                return Optional.of(byName);
            }
        }
        Asset best = null;
        int bestPrefix = -1;
        for (String text : addresses) {
            IPAddress address = address(text);
            if (address == null) {
                continue;
            }
            AssociativeAddressTrie.AssociativeTrieNode<? extends IPAddress, Asset> node =
                    index.ranges.longestPrefixMatchNode(address);
            if (node != null) {
                Integer prefix = node.getKey().getNetworkPrefixLength();
                int length = prefix == null ? node.getKey().getBitCount() : prefix;
                if (length > bestPrefix) {
                    best = node.getValue();
                    bestPrefix = length;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static IPAddress address(String text) {
        if (text == null) {
            return null;
        }
        IPv4Address quad = DottedQuad.parse(text);
        if (quad != null) {
            return quad;
        }
        IPAddress a = new IPAddressString(text.strip()).getAddress();
        if (a == null || a.isMultiple()) {
            return null;
        }
        a = a.withoutPrefixLength();
        if (a.isIPv6() && a.isIPv4Convertible()) {
            IPAddress v4 = a.toIPv4();
            if (v4 != null && a.toIPv6().isIPv4Mapped()) {
                return v4;
            }
        }
        return a;
    }

    private static final class Index {
        final Map<String, Asset> hosts = new HashMap<>();
        final DualIPv4v6AssociativeTries<Asset> ranges = new DualIPv4v6AssociativeTries<>();

        void add(Asset a) {
            for (String h : a.hostNames()) {
                hosts.put(h, a);
            }
            for (IPAddress r : a.ranges()) {
                ranges.put(r, a);
            }
        }
    }
}
