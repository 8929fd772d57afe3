package vn.gov.moh.soc.portal.domain.model.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitHierarchyTest {
    static final Unit MOH = new Unit(UnitId.of("byt"), "Bộ Y tế", UnitKind.MINISTRY, null);
    static final Unit IT = new Unit(UnitId.of("byt-cntt"), "Cục CNTT", UnitKind.MINISTRY_DEPARTMENT, MOH.id());
    static final Unit BACH_MAI = new Unit(UnitId.of("bv-bach-mai"), "Bệnh viện Bạch Mai", UnitKind.CENTRAL_HOSPITAL, MOH.id());
    static final Unit HANOI = new Unit(UnitId.of("syt-ha-noi"), "Sở Y tế Hà Nội", UnitKind.PROVINCIAL_HEALTH_DEPARTMENT, MOH.id());
    static final Unit SAINT_PAUL = new Unit(UnitId.of("bv-saint-paul"), "Bệnh viện Xanh Pôn", UnitKind.PROVINCIAL_HOSPITAL, HANOI.id());

    private final UnitHierarchy tree = new UnitHierarchy(List.of(SAINT_PAUL, HANOI, BACH_MAI, IT, MOH));

    @Test
    void anOfficerOfAProvinceSeesTheProvinceAndItsHospitalsOnly() {
        assertThat(tree.subtree(HANOI.id())).containsExactlyInAnyOrder(HANOI.id(), SAINT_PAUL.id());
        assertThat(tree.isWithin(SAINT_PAUL.id(), HANOI.id())).isTrue();
        assertThat(tree.isWithin(BACH_MAI.id(), HANOI.id())).isFalse();
        assertThat(tree.isWithin(HANOI.id(), SAINT_PAUL.id())).as("a child does not see its parent").isFalse();
    }

    @Test
    void theMinistrysSubtreeIsEveryUnit() {
        assertThat(tree.roots()).containsExactly(MOH);
        assertThat(tree.subtree(MOH.id())).hasSize(5);
        assertThat(tree.childrenOf(MOH.id())).extracting(Unit::id)
                .containsExactly(BACH_MAI.id(), IT.id(), HANOI.id());
    }

    @Test
    void anUnknownUnitSeesNothing() {
        assertThat(tree.subtree(UnitId.of("bv-unknown"))).isEmpty();
        assertThat(tree.isWithin(UnitId.of("bv-unknown"), MOH.id())).isFalse();
    }

    @Test
    void aTreeWithAnUnknownParentOrACycleIsRefused() {
        assertThatThrownBy(() -> new UnitHierarchy(List.of(SAINT_PAUL))).hasMessageContaining("unknown parent syt-ha-noi");
        Unit a = new Unit(UnitId.of("a"), "A", UnitKind.MINISTRY_DEPARTMENT, UnitId.of("b"));
        Unit b = new Unit(UnitId.of("b"), "B", UnitKind.MINISTRY_DEPARTMENT, UnitId.of("a"));
        assertThatThrownBy(() -> new UnitHierarchy(List.of(a, b))).hasMessageContaining("cycle");
        assertThatThrownBy(() -> new UnitHierarchy(List.of(MOH, MOH))).hasMessageContaining("twice");
    }

    @Test
    void unitIdsAreTheClaimsSlugs() {
        assertThat(UnitId.of("bv-bach-mai").value()).isEqualTo("bv-bach-mai");
        assertThatThrownBy(() -> UnitId.of("BV Bach Mai")).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> UnitId.of("bv--x")).isInstanceOf(IllegalArgumentException.class);
    }
}
