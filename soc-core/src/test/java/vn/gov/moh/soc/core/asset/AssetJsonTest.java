package vn.gov.moh.soc.core.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AssetJsonTest {
    private static final String HIS = """
            {"id":"bv-bach-mai-his","unit":"bv-bach-mai",
             "system":{"id":"bv-bach-mai-his","name":"Hệ thống thông tin bệnh viện","level":3},
             "criticality":"critical","hosts":["HIS-WEB-01","his-app-01"],
             "ranges":["10.10.1.8/29","2001:db8:a:1::/64","10.10.2.14"]}""";

    private static Asset read(String json) {
        return AssetJson.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAssetIsReadWithItsLevelHostsInLowerCaseAndRangesAsBlocks() {
        Asset a = read(HIS);

        assertThat(a.id()).isEqualTo("bv-bach-mai-his");
        assertThat(a.unitId()).isEqualTo("bv-bach-mai");
        assertThat(a.systemName()).isEqualTo("Hệ thống thông tin bệnh viện");
        assertThat(a.level()).isEqualTo(SecurityLevel.LEVEL_3);
        assertThat(a.criticality()).isEqualTo(Criticality.CRITICAL);
        assertThat(a.hostNames()).containsExactly("his-web-01", "his-app-01");
        assertThat(a.ranges()).extracting(r -> r.toCanonicalString())
                .containsExactly("10.10.1.8/29", "2001:db8:a:1::/64", "10.10.2.14");
    }

    @Test
    void writingAndReadingGivesTheSameAsset() {
        Asset a = read(HIS);

        assertThat(AssetJson.read(AssetJson.write(a))).isEqualTo(a);
    }

    @Test
    void unknownFieldsAreIgnoredOnTheTopicSoThePortalCanAddSome() {
        assertThat(read(HIS.replace("\"unit\"", "\"owner_email\":\"x@y.vn\",\"unit\"")).id()).isEqualTo("bv-bach-mai-his");
    }

    @Test
    void aBadRecordIsAnErrorNamingTheField() {
        assertThatThrownBy(() -> read(HIS.replace("\"level\":3", "\"level\":6")))
                .hasMessageContaining("field 'system.level'").hasMessageContaining("1 to 5");
        assertThatThrownBy(() -> read(HIS.replace("\"level\":3", "\"level\":\"3\"")))
                .hasMessageContaining("field 'system.level'");
        assertThatThrownBy(() -> read(HIS.replace("\"unit\":\"bv-bach-mai\",", "")))
                .hasMessage("field 'unit': missing");
        assertThatThrownBy(() -> read(HIS.replace("critical\"", "vital\"")))
                .hasMessageContaining("field 'criticality': 'vital' is not one of [low, medium, high, critical]");
        assertThatThrownBy(() -> read(HIS.replace("10.10.1.8/29", "10.10.1.11/29")))
                .hasMessageContaining("field 'ranges[0]'").hasMessageContaining("10.10.1.8/29");
        assertThatThrownBy(() -> read(HIS.replace("10.10.1.8/29", "his-web-01")))
                .hasMessageContaining("field 'ranges[0]'").hasMessageContaining("not an IPv4 or IPv6");
        assertThatThrownBy(() -> read(HIS.replace("\"his-app-01\"", "\"his app\"")))
                .hasMessageContaining("field 'hosts[1]'");
        assertThatThrownBy(() -> read(HIS.replace("\"hosts\":[\"HIS-WEB-01\",\"his-app-01\"]", "\"hosts\":[]")
                .replaceAll("\"ranges\":\\[[^]]*]", "\"ranges\":[]")))
                .hasMessageContaining("at least one host name or range");
        assertThatThrownBy(() -> read("{\"id\":"))
                .hasMessageStartingWith("not a valid asset");
        assertThatThrownBy(() -> read(HIS.replace("\"unit\"", "\"id\":\"again\",\"unit\"")))
                .hasMessageContaining("Duplicate field 'id'");
    }

    @Test
    void anAssetBuiltFromItsPartsIsCheckedLikeOneReadAndWrittenTheSame() {
        Asset built = AssetJson.asset("bv-bach-mai-his", "bv-bach-mai", "bv-bach-mai-his", "Hệ thống thông tin bệnh viện",
                SecurityLevel.LEVEL_3, Criticality.CRITICAL, java.util.List.of("HIS-WEB-01", "his-app-01"),
                java.util.List.of("10.10.1.8/29", "2001:db8:a:1::/64", "10.10.2.14"));

        assertThat(built).isEqualTo(read(HIS));
        assertThat(AssetJson.read(AssetJson.write(built))).isEqualTo(built);
        assertThatThrownBy(() -> AssetJson.asset("x", "BV Bach Mai", "x", "X", SecurityLevel.LEVEL_1, Criticality.LOW,
                java.util.List.of("h"), java.util.List.of())).hasMessageContaining("field 'unit'");
        assertThatThrownBy(() -> AssetJson.asset("x", "bv-x", "x", "X", SecurityLevel.LEVEL_1, Criticality.LOW,
                java.util.List.of(), java.util.List.of("10.1.2.5/24"))).hasMessageContaining("field 'ranges[0]'");
    }
}
