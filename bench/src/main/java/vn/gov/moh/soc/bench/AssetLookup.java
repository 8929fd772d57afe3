package vn.gov.moh.soc.bench;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.gov.moh.soc.core.asset.Asset;
import vn.gov.moh.soc.core.asset.AssetInventory;
import vn.gov.moh.soc.core.asset.AssetJson;

/**
 * Why the inventory looks addresses up in a trie: resolving one address (IPv4 or IPv6, as text, to
 * the asset of the longest containing range) with {@link AssetInventory} against scanning every
 * range, for inventories of a hospital (100 ranges) and of a province (10,000). Half the
 * addresses fall in a range; about a third are IPv6 (read by the library parser either way).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AssetLookup {
    @Param({"100", "10000"})
    public int ranges;

    private AssetInventory inventory;
    private List<Asset> assets;
    private String[] addresses;
    private int next;

    @Setup
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(85);
        assets = new ArrayList<>();
        for (int i = 0; i < ranges; i++) {
            String range = i % 4 == 3
                    ? String.format("2001:db8:%x:%x::/64", rng.nextInt(65536), rng.nextInt(65536))
                    : String.format("10.%d.%d.0/%d", rng.nextInt(256), rng.nextInt(256), i % 2 == 0 ? 24 : 28);
            String json = "{\"id\":\"a" + i + "\",\"unit\":\"u" + i % 50 + "\",\"system\":{\"id\":\"s" + i
                    + "\",\"name\":\"s\",\"level\":3},\"criticality\":\"high\",\"ranges\":[\"" + range + "\"]}";
            assets.add(AssetJson.read(json.getBytes(StandardCharsets.UTF_8)));
        }
        inventory = AssetInventory.of(assets);
        addresses = new String[1024];
        for (int i = 0; i < addresses.length; i++) {
            // Half inside a range of the inventory, half most likely outside every range.
            IPAddress r = assets.get(rng.nextInt(assets.size())).ranges().get(0);
            addresses[i] = i % 2 == 0 ? r.getLower().increment(1).withoutPrefixLength().toCanonicalString()
                    : (i % 4 == 1 ? "10." + rng.nextInt(256) + "." + rng.nextInt(256) + "." + rng.nextInt(256)
                    : String.format("2001:db8:%x::%x", rng.nextInt(65536), rng.nextInt(65536)));
        }
    }

    private String nextAddress() {
        next = (next + 1) & (addresses.length - 1);
        return addresses[next];
    }

    @Benchmark
    public Object trie() {
        return inventory.resolve(null, null, List.of(nextAddress())).orElse(null);
    }

    /** The library's general parser alone: part of {@link #linearScan}, and what the inventory avoids for a.b.c.d. */
    @Benchmark
    public Object libraryParse() {
        return new IPAddressString(nextAddress()).getAddress();
    }

    @Benchmark
    public Object linearScan() {
        IPAddress address = new IPAddressString(nextAddress()).getAddress();
        Asset best = null;
        int bestPrefix = -1;
        for (Asset a : assets) {
            for (IPAddress r : a.ranges()) {
                if (r.getIPVersion() == address.getIPVersion() && r.contains(address)
                        && r.getNetworkPrefixLength() > bestPrefix) {
                    best = a;
                    bestPrefix = r.getNetworkPrefixLength();
                }
            }
        }
        return best;
    }
}
