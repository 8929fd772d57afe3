package vn.gov.moh.soc.portal.domain.model.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.moh.soc.portal.domain.model.protection.LayerStatus.State;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** Each layer's status and gaps, one declaration change at a time from a unit where all four are in place. */
class ProtectionAssessmentTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final SystemId HIS = new SystemId(1);
    private static final SystemId PACS = new SystemId(2);
    private static final StaffMember CONTACT = new StaffMember("Trần Thị Bình", "Trưởng nhóm ATTT", "0912 345 678", null, true);
    private static final MonitoringContract CONTRACT = new MonitoringContract("SOC Bộ Y tế", "HĐ 12/2026", LocalDate.of(2026, 1, 1),
            LocalDate.of(2027, 12, 31), Set.of(HIS, PACS));
    private static final UnitProtection FULL = new UnitProtection(UnitId.of("bv-bach-mai"), List.of(CONTACT), CONTRACT,
            List.of(new Inspection("Công ty kiểm định độc lập", LocalDate.of(2026, 3, 15), "HIS, PACS", List.of())),
            new NationalConnection(LocalDate.of(2024, 6, 1), "Hệ thống giám sát quốc gia, kết nối qua agent"));

    static Stream<Arguments> cases() {
        return Stream.of(
                // what, change to FULL, layer, expected state, expected gap codes
                Arguments.of("all four in place", (UnaryOperator<UnitProtection>) p -> p, 1, State.IN_PLACE, List.of()),
                Arguments.of("no staff", (UnaryOperator<UnitProtection>) p -> p.withOnSiteForce(List.of()), 1, State.MISSING, List.of("NO_STAFF")),
                Arguments.of("staff but no contact", (UnaryOperator<UnitProtection>) p -> p.withOnSiteForce(
                        List.of(new StaffMember("Lê Văn Cường", null, "0912000000", null, false))), 1, State.PARTIAL, List.of("NO_CONTACT")),
                Arguments.of("contact without phone or e-mail", (UnaryOperator<UnitProtection>) p -> p.withOnSiteForce(
                        List.of(new StaffMember("Lê Văn Cường", null, null, null, true))), 1, State.PARTIAL, List.of("CONTACT_UNREACHABLE")),
                Arguments.of("no provider", (UnaryOperator<UnitProtection>) p -> p.withMonitoring(null), 2, State.MISSING, List.of("NO_PROVIDER")),
                Arguments.of("one of two systems covered", (UnaryOperator<UnitProtection>) p -> p.withMonitoring(
                        new MonitoringContract("SOC", null, LocalDate.of(2026, 1, 1), null, Set.of(HIS))), 2, State.PARTIAL,
                        List.of("SYSTEMS_NOT_COVERED")),
                Arguments.of("contract ended", (UnaryOperator<UnitProtection>) p -> p.withMonitoring(
                        new MonitoringContract("SOC", null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Set.of(HIS, PACS))),
                        2, State.PARTIAL, List.of("CONTRACT_EXPIRED", "SYSTEMS_NOT_COVERED")),
                Arguments.of("contract not started", (UnaryOperator<UnitProtection>) p -> p.withMonitoring(
                        new MonitoringContract("SOC", null, LocalDate.of(2027, 1, 1), null, Set.of(HIS, PACS))),
                        2, State.PARTIAL, List.of("CONTRACT_NOT_STARTED", "SYSTEMS_NOT_COVERED")),
                Arguments.of("no inspection", (UnaryOperator<UnitProtection>) p -> new UnitProtection(p.unit(), p.onSiteForce(), p.monitoring(),
                        List.of(), p.nationalConnection()), 3, State.MISSING, List.of("NO_INSPECTION")),
                Arguments.of("latest inspection 13 months ago", (UnaryOperator<UnitProtection>) p -> new UnitProtection(p.unit(), p.onSiteForce(),
                        p.monitoring(), List.of(new Inspection("X", LocalDate.of(2025, 11, 1), null, List.of())), p.nationalConnection()),
                        3, State.PARTIAL, List.of("NO_RECENT_INSPECTION")),
                Arguments.of("an old and a recent inspection", (UnaryOperator<UnitProtection>) p -> p.withInspection(
                        new Inspection("X", LocalDate.of(2020, 1, 1), null, List.of())), 3, State.IN_PLACE, List.of()),
                Arguments.of("inspection exactly 12 months ago", (UnaryOperator<UnitProtection>) p -> new UnitProtection(p.unit(), p.onSiteForce(),
                        p.monitoring(), List.of(new Inspection("X", LocalDate.of(2025, 12, 1), null, List.of())), p.nationalConnection()),
                        3, State.IN_PLACE, List.of()),
                Arguments.of("not connected", (UnaryOperator<UnitProtection>) p -> p.withNationalConnection(null), 4, State.MISSING,
                        List.of("NOT_CONNECTED")),
                Arguments.of("connection planned", (UnaryOperator<UnitProtection>) p -> p.withNationalConnection(
                        new NationalConnection(LocalDate.of(2027, 1, 1), "agent")), 4, State.PARTIAL, List.of("NOT_CONNECTED_YET")));
    }

    @ParameterizedTest(name = "{0}: layer {2} {3}")
    @MethodSource("cases")
    void eachLayerHasItsStatusAndGaps(String what, UnaryOperator<UnitProtection> change, int layer, State state, List<String> gaps) {
        UnitProtection p = change.apply(FULL);
        Set<SystemId> covered = MonitoringCoverage.DECLARED.covered(p, TODAY);
        List<LayerStatus> layers = ProtectionAssessment.assess(p, Set.of(HIS, PACS), covered, TODAY);
        LayerStatus l = layers.get(layer - 1);
        assertThat(l.layer().number()).isEqualTo(layer);
        assertThat(l.state()).isEqualTo(state);
        assertThat(l.gaps()).extracting(LayerStatus.Gap::code).containsExactlyElementsOf(gaps);
        assertThat(layers).filteredOn(x -> x.layer().number() != layer).allMatch(x -> x.state() == State.IN_PLACE);
        assertThat(ProtectionAssessment.complete(layers)).isEqualTo(state == State.IN_PLACE);
    }

    @Test
    void aUnitThatDeclaredNothingMissesAllFourLayers() {
        List<LayerStatus> layers = ProtectionAssessment.assess(UnitProtection.none(UnitId.of("syt-ha-noi")), Set.of(), Set.of(), TODAY);
        assertThat(layers).extracting(LayerStatus::state).containsOnly(State.MISSING);
        assertThat(layers).extracting(l -> l.layer().number()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void theUncoveredSystemsAreNamed() {
        UnitProtection p = FULL.withMonitoring(new MonitoringContract("SOC", null, LocalDate.of(2026, 1, 1), null, Set.of(PACS)));
        LayerStatus l2 = ProtectionAssessment.assess(p, Set.of(HIS, PACS), Set.of(PACS), TODAY).get(1);
        assertThat(l2.gaps().get(0).message()).contains("1 of the unit's 2 systems", "[1]");
    }
}
