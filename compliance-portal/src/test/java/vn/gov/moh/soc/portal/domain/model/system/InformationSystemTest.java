package vn.gov.moh.soc.portal.domain.model.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

class InformationSystemTest {
    @Test
    void addressesPrefixesAndRangesOfBothFamiliesAreAccepted() {
        assertThat(NetworkAddress.parse("10.1.2.3").toString()).isEqualTo("10.1.2.3");
        assertThat(NetworkAddress.parse("10.1.2.3/16").toString()).as("host bits of a prefix mean the block").isEqualTo("10.1.0.0/16");
        assertThat(NetworkAddress.parse("10.1.2.10-20").contains("10.1.2.15")).isTrue();
        assertThat(NetworkAddress.parse("10.1.2.10-20").contains("10.1.2.21")).isFalse();
        NetworkAddress v6 = NetworkAddress.parse("2001:DB8:0:0::/48");
        assertThat(v6.isIpv6()).isTrue();
        assertThat(v6.toString()).isEqualTo("2001:db8::/48");
        assertThat(v6.contains("2001:db8:0:ffff::1")).isTrue();
        assertThat(v6.contains("10.1.2.3")).isFalse();
    }

    @Test
    void textThatIsNoAddressIsRefusedWithTheText() {
        assertThatThrownBy(() -> NetworkAddress.parse("10.1.2.300")).hasMessageContaining("'10.1.2.300'");
        assertThatThrownBy(() -> NetworkAddress.parse("his.bachmai.vn")).hasMessageContaining("not an IPv4 or IPv6");
        assertThatThrownBy(() -> NetworkAddress.parse("")).hasMessageContaining("not an IPv4 or IPv6");
        assertThatThrownBy(() -> NetworkAddress.parse("*")).hasMessageContaining("not an IPv4 or IPv6");
    }

    @Test
    void hostNamesAreNamesNotAddresses() {
        SystemComponent c = new SystemComponent("web", List.of("his.bachmai.vn"), List.of(NetworkAddress.parse("10.0.0.0/24")), null);
        assertThat(c.hostNames()).containsExactly("his.bachmai.vn");
        assertThatThrownBy(() -> new SystemComponent("web", List.of("10.0.0.1"), List.of(), null)).hasMessageContaining("is an address");
        assertThatThrownBy(() -> new SystemComponent("web", List.of("bad host!"), List.of(), null)).hasMessageContaining("not a host name");
    }

    @Test
    void informationProcessedIsConsistent() {
        assertThatThrownBy(() -> new InformationProcessed(Set.of(), 0, StateSecretGrade.NONE)).hasMessageContaining("at least one class");
        assertThatThrownBy(() -> new InformationProcessed(Set.of(InformationCategory.PRIVATE), 10, StateSecretGrade.NONE))
                .hasMessageContaining("PERSONAL");
        assertThat(new InformationProcessed(Set.of(), 0, StateSecretGrade.CONFIDENTIAL).onlyPublic()).isFalse();
        assertThat(StateSecretGrade.SECRET.legalTerm()).isEqualTo("Tối mật");
    }

    @Test
    void anInternalSystemOffersNoPublicService() {
        ClassificationProfile p = ClassificationProfile.internalPublic();
        assertThatThrownBy(() -> new ClassificationProfile(p.information(), Audience.INTERNAL, OnlinePublicService.FULL, false,
                p.scope(), p.infrastructure(), p.industrialControl(), false)).hasMessageContaining("internal");
    }

    @Test
    void componentNamesAreUniqueWithinASystem() {
        SystemComponent web = new SystemComponent("web", List.of(), List.of(), null);
        assertThatThrownBy(() -> new InformationSystem(null, "HIS", UnitId.of("bv-bach-mai"), "", "",
                ClassificationProfile.internalPublic(), List.of(web, web))).hasMessageContaining("'web'");
    }

    @Test
    void decree42ServicesAreReadAgainstTheOldLevels() {
        assertThat(OnlinePublicService.PARTIAL.comparableLegacyLevel()).isEqualTo(3);
        assertThat(OnlinePublicService.FULL.comparableLegacyLevel()).isEqualTo(4);
        assertThat(OnlinePublicService.LEVEL_2.isNewScheme()).isFalse();
    }
}
