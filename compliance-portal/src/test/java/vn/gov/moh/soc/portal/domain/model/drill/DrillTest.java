package vn.gov.moh.soc.portal.domain.model.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

class DrillTest {
    private static final UnitId MOH_IT = UnitId.of("byt-cntt");

    private static Drill drill(LocalDate start, LocalDate end, DrillExecution execution) {
        return new Drill(null, start.getYear(), MOH_IT, DrillScope.SECTOR, "Diễn tập ứng cứu mã độc tống tiền",
                List.of(new Scenario("Mã độc tống tiền trên HIS", "")), Set.of(UnitId.of("bv-bach-mai")), start, end, execution);
    }

    static Stream<Arguments> statuses() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        DrillExecution held = new DrillExecution(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 11), "Cục CNTT", "", List.of(), List.of());
        return Stream.of(
                Arguments.of(drill(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 11), null), today, Drill.Status.PLANNED),
                Arguments.of(drill(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1), null), today, Drill.Status.PLANNED),
                Arguments.of(drill(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 30), null), today, Drill.Status.OVERDUE),
                Arguments.of(drill(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 11), held), today, Drill.Status.HELD));
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @MethodSource("statuses")
    void aDrillIsPlannedHeldOrOverdue(Drill d, LocalDate today, Drill.Status expected) {
        assertThat(d.status(today)).isEqualTo(expected);
    }

    @Test
    void theOrganizerAlwaysTakesPart() {
        assertThat(drill(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2), null).participants()).contains(MOH_IT, UnitId.of("bv-bach-mai"));
    }

    @Test
    void theScheduleLiesWithinThePlansYearAndEndsAfterItStarts() {
        assertThatThrownBy(() -> new Drill(null, 2026, MOH_IT, DrillScope.UNIT, "x", List.of(new Scenario("s", null)), Set.of(),
                LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2), null)).hasMessageContaining("within the plan's year 2026");
        assertThatThrownBy(() -> drill(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), null)).hasMessageContaining("before the start");
        assertThatThrownBy(() -> new Drill(null, 2026, MOH_IT, DrillScope.UNIT, "x", List.of(), Set.of(),
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1), null)).hasMessageContaining("at least one scenario");
    }
}
