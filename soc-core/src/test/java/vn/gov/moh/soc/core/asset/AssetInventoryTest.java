package vn.gov.moh.soc.core.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssetInventoryTest {
    private static Asset asset(String id, String unit, int level, String hosts, String ranges) {
        return AssetJson.read(("{\"id\":\"" + id + "\",\"unit\":\"" + unit + "\",\"system\":{\"id\":\"" + id
                + "\",\"name\":\"" + id + "\",\"level\":" + level + "},\"criticality\":\"high\",\"hosts\":[" + hosts
                + "],\"ranges\":[" + ranges + "]}").getBytes(StandardCharsets.UTF_8));
    }

    private static final Asset HOSPITAL = asset("bm-net", "bv-bach-mai", 2, "", "\"10.10.0.0/16\",\"2001:db8:a::/48\"");
    private static final Asset SERVERS = asset("bm-servers", "bv-bach-mai", 2, "", "\"10.10.1.0/24\"");
    private static final Asset HIS = asset("bm-his", "bv-bach-mai", 3, "\"his-web-01\"", "\"10.10.1.8/29\",\"2001:db8:a:1::/64\"");
    private static final Asset HANOI_HIS = asset("hn-his", "syt-ha-noi", 3, "\"his-web-01\"", "\"10.80.1.8/29\"");
    private static final AssetInventory INVENTORY = AssetInventory.of(List.of(HOSPITAL, SERVERS, HIS, HANOI_HIS));

    private static Optional<String> resolve(String unit, String host, String... ips) {
        return INVENTORY.resolve(unit, host, List.of(ips)).map(Asset::id);
    }

    @Test
    void theLongestPrefixContainingTheAddressWins() {
        assertThat(resolve("bv-bach-mai", null, "10.10.1.11")).contains("bm-his");
        assertThat(resolve("bv-bach-mai", null, "10.10.1.19")).contains("bm-servers");
        assertThat(resolve("bv-bach-mai", null, "10.10.23.26")).contains("bm-net");
        assertThat(resolve("bv-bach-mai", null, "10.11.0.1")).isEmpty();
    }

    @Test
    void theMostSpecificMatchAmongTheRecordsAddressesWins() {
        assertThat(resolve("bv-bach-mai", null, "10.10.23.26", "not-an-ip", "10.10.1.12")).contains("bm-his");
    }

    @Test
    void anExactHostNameComesBeforeAddressesAndIgnoresCase() {
        assertThat(resolve("bv-bach-mai", "HIS-WEB-01", "10.10.23.26")).contains("bm-his");
        assertThat(resolve("bv-bach-mai", "pc-unknown", "10.10.23.26")).contains("bm-net");
    }

    @Test
    void ipv6AndIpv4MappedAddressesResolve() {
        assertThat(resolve("bv-bach-mai", null, "2001:db8:a:1::5")).contains("bm-his");
        assertThat(resolve("bv-bach-mai", null, "2001:db8:a:ff::5")).contains("bm-net");
        assertThat(resolve("bv-bach-mai", null, "::ffff:10.10.1.13")).contains("bm-his");
    }

    @Test
    void aKnownUnitIsResolvedOnlyAgainstItsOwnAssets() {
        assertThat(resolve("syt-ha-noi", "his-web-01")).contains("hn-his");
        assertThat(resolve("bv-bach-mai", "his-web-01")).contains("bm-his");
        assertThat(resolve("syt-ha-noi", null, "10.10.1.11")).isEmpty();
        assertThat(resolve("bv-cho-ray", "his-web-01")).isEmpty();
        assertThat(resolve(null, null, "10.80.1.11")).contains("hn-his");
    }

    @Test
    void whenTwoAssetsClaimTheSameRangeTheSmallerIdWinsWhateverTheOrder() {
        Asset a = asset("a", "u", 1, "", "\"10.0.0.0/8\"");
        Asset b = asset("b", "u", 5, "", "\"10.0.0.0/8\"");

        assertThat(AssetInventory.of(List.of(b, a)).resolve("u", null, List.of("10.1.1.1"))).contains(a);
        assertThat(AssetInventory.of(List.of(a, b)).resolve("u", null, List.of("10.1.1.1"))).contains(a);
    }

    @Test
    void plainDottedQuadsReadAsTheLibraryReadsThem() {
        for (String text : new String[] {"0.0.0.0", "10.10.1.11", "255.255.255.255", "192.168.0.1", "1.2.3.4"}) {
            assertThat(AssetInventory.address(text)).isEqualTo(new inet.ipaddr.IPAddressString(text).getAddress());
        }
        assertThat(AssetInventory.address("256.1.1.1")).isNull();
        assertThat(AssetInventory.address("1.2.3")).isEqualTo(new inet.ipaddr.IPAddressString("1.2.3").getAddress());
        assertThat(AssetInventory.address("10.10.1.011")).isEqualTo(new inet.ipaddr.IPAddressString("10.10.1.011").getAddress());
        assertThat(AssetInventory.address("10.10.1.11 ")).isEqualTo(new inet.ipaddr.IPAddressString("10.10.1.11").getAddress());
        assertThat(AssetInventory.address("1.2.3.4.5")).isNull();
        assertThat(AssetInventory.address("a.b.c.d")).isNull();
    }

    @Test
    void theEmptyInventoryResolvesNothing() {
        assertThat(AssetInventory.EMPTY.resolve(null, "his-web-01", List.of("10.10.1.11"))).isEmpty();
    }

    @Test
    void theDemoInventoryCoversTheGeneratorsHostsOfBothUnits() throws Exception {
        AssetInventory demo = AssetInventory.of(AssetInventoryFile.demo());

        assertThat(demo.resolve("bv-bach-mai", "his-db-01", List.of()).map(Asset::id)).contains("bv-bach-mai-his");
        assertThat(demo.resolve("syt-ha-noi", "DC01.soytehanoi.local", List.of()).map(Asset::id)).contains("syt-ha-noi-ad");
        assertThat(demo.resolve("bv-bach-mai", null, List.of("10.10.2.15")).map(Asset::id)).contains("bv-bach-mai-pacs");
        assertThat(demo.resolve("syt-ha-noi", null, List.of("10.80.23.29")).map(Asset::id)).contains("syt-ha-noi-office");
        List<String> servers = new ArrayList<>();
        for (int i = 11; i <= 20; i++) {
            servers.add("10.10.1." + i);
        }
        assertThat(servers).allSatisfy(ip -> assertThat(demo.resolve("bv-bach-mai", null, List.of(ip))).isPresent());
    }
}
