package vn.gov.moh.soc.agent.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same settings give the same lines, byte for byte; another seed gives others. */
class DeterminismTest {
    private static TelemetryGenerator.Settings settings(long seed) {
        return new TelemetryGenerator.Settings(List.of(UnitCatalog.unit("bv-bach-mai"), UnitCatalog.unit("bv-k")), 200,
                seed, Instant.parse("2026-11-21T02:00:00Z"), List.of(ScenarioSpec.parse("ssh-brute-force-success@5"),
                        ScenarioSpec.parse("ehr-snooping@10:bv-k"), ScenarioSpec.parse("ransomware-precursors@2")));
    }

    private static List<GeneratedLines.Line> lines(long seed) {
        return GeneratedLines.run(settings(seed), GenerationLimits.lines(20_000)).lines;
    }

    @Test
    void sameSeedSameLines() {
        assertThat(lines(42)).isEqualTo(lines(42));
    }

    @Test
    void sameSeedSameScenarioReports() {
        assertThat(new TelemetryGenerator(settings(42)).plannedScenarios())
                .isEqualTo(new TelemetryGenerator(settings(42)).plannedScenarios());
    }

    @Test
    void anotherSeedOtherLines() {
        List<GeneratedLines.Line> a = lines(42);
        List<GeneratedLines.Line> b = lines(43);
        assertThat(a).isNotEqualTo(b);
        assertThat(a.subList(0, 200)).doesNotContainAnyElementsOf(b.subList(0, 200));
    }

    @Test
    void aUnitIsTheSameWhateverTheSeed() {
        HospitalUnit first = UnitCatalog.unit("bv-cho-ray");
        HospitalUnit again = UnitCatalog.unit("bv-cho-ray");
        assertThat(again.staff()).isEqualTo(first.staff());
        assertThat(first.staff()).extracting(Staff::account).doesNotHaveDuplicates()
                .allSatisfy(a -> assertThat(a).matches("[a-z]+\\.[a-z]+\\.[a-z]+\\d*"));
        assertThat(first.staff()).extracting(Staff::displayName).anySatisfy(n -> assertThat(n).startsWith("Nguyễn "));
        assertThat(UnitCatalog.unit("bv-da-khoa-nghe-an").linuxServers()).extracting(Host::fqdn)
                .contains("his-web-01.bvdakhoanghean.vn");
    }
}
