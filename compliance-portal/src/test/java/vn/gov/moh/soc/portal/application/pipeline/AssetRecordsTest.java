package vn.gov.moh.soc.portal.application.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.asset.Asset;
import vn.gov.moh.soc.core.asset.AssetJson;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.domain.model.system.ClassificationProfile;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.NetworkAddress;
import vn.gov.moh.soc.portal.domain.model.system.SystemComponent;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** A system as the asset the correlation job reads, through soc-core's own reader. */
class AssetRecordsTest {
    private static InformationSystem his(SystemComponent... components) {
        return new InformationSystem(new SystemId(42), "Hệ thống thông tin bệnh viện", UnitId.of("bv-bach-mai"), "Phòng CNTT",
                "Khám chữa bệnh", ClassificationProfile.internalPublic(), List.of(components));
    }

    @Test
    void theJobReadsTheSystemsHostsAddressesUnitAndLevel() {
        InformationSystem system = his(
                new SystemComponent("web", List.of("HIS-Web-01", "his.bachmai.vn"), List.of(NetworkAddress.parse("10.10.1.0/24")), null),
                new SystemComponent("db", List.of("his-db-01"), List.of(NetworkAddress.parse("2001:db8:10:1::/64"),
                        NetworkAddress.parse("10.10.2.7")), null));

        byte[] written = AssetJson.write(AssetRecords.asset(system, SecurityLevel.LEVEL_3).orElseThrow());
        Asset read = AssetJson.read(written);

        assertThat(read.id()).isEqualTo("system-42").isEqualTo(AssetRecords.assetId(system.id()));
        assertThat(read.unitId()).isEqualTo("bv-bach-mai");
        assertThat(read.systemId()).isEqualTo("42");
        assertThat(read.systemName()).isEqualTo("Hệ thống thông tin bệnh viện");
        assertThat(read.level()).isEqualTo(SecurityLevel.LEVEL_3);
        assertThat(read.hostNames()).containsExactly("his-web-01", "his.bachmai.vn", "his-db-01");
        assertThat(read.ranges()).extracting(Object::toString)
                .containsExactly("10.10.1.0/24", "2001:db8:10:1::/64", "10.10.2.7/32");
    }

    @Test
    void aRangeBecomesTheCidrBlocksCoveringExactlyIt() {
        List<String> blocks = AssetRecords.prefixBlocks(NetworkAddress.parse("10.1.1.5-20"));

        assertThat(blocks).containsExactly("10.1.1.5/32", "10.1.1.6/31", "10.1.1.8/29", "10.1.1.16/30", "10.1.1.20/32");
    }

    @Test
    void aPrefixWrittenWithHostBitsIsItsBlock() {
        assertThat(AssetRecords.prefixBlocks(NetworkAddress.parse("10.1.2.3/16"))).containsExactly("10.1.0.0/16");
    }

    @Test
    void aSystemWithoutHostsOrAddressesHasNoAsset() {
        InformationSystem system = his(new SystemComponent("paper", List.of(), List.of(), null));

        assertThat(AssetRecords.asset(system, SecurityLevel.LEVEL_2)).isEmpty();
    }
}
