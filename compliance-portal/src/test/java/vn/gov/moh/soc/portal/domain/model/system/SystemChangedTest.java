package vn.gov.moh.soc.portal.domain.model.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

class SystemChangedTest {
    private static InformationSystem his(String purpose, ClassificationProfile profile, String address) {
        return new InformationSystem(new SystemId(51), "HIS", UnitId.of("bv-bach-mai"), "Phòng CNTT", purpose, profile,
                List.of(new SystemComponent("web", List.of("his.example.vn"), List.of(NetworkAddress.parse(address)), null)));
    }

    @Test
    void onlyTheClassificationAndTheComponentsAreWhatTheLevelDependsOn() {
        ClassificationProfile internal = ClassificationProfile.internalPublic();
        ClassificationProfile personal = new ClassificationProfile(
                new InformationProcessed(Set.of(InformationCategory.PERSONAL), 20000, StateSecretGrade.NONE),
                internal.audience(), internal.onlineService(), false, internal.scope(), internal.infrastructure(),
                internal.industrialControl(), false);
        InformationSystem before = his("Khám bệnh", internal, "10.0.0.0/24");

        assertThat(new SystemChanged(before, his("Khám chữa bệnh", internal, "10.0.0.0/24"), "o").classificationOrComponentsChanged())
                .as("purpose only").isFalse();
        assertThat(new SystemChanged(before, his("Khám bệnh", internal, "10.0.0.0/24"), "o").classificationOrComponentsChanged())
                .as("nothing").isFalse();
        assertThat(new SystemChanged(before, his("Khám bệnh", personal, "10.0.0.0/24"), "o").classificationOrComponentsChanged())
                .as("classification").isTrue();
        assertThat(new SystemChanged(before, his("Khám bệnh", internal, "10.0.1.0/24"), "o").classificationOrComponentsChanged())
                .as("a component's address").isTrue();
    }
}
