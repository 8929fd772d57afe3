package vn.gov.moh.soc.portal.domain.model.requirement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;

/** Gaps and summaries of a checklist over a small catalog of two groups. */
class ChecklistTest {
    private static final SystemId SYSTEM = new SystemId(7);
    private static final RequirementCatalog CATALOG = new RequirementCatalog("t1", List.of(),
            List.of(new RequirementGroup("POLICY", RequirementKind.MANAGEMENT, "Chính sách", "Policy", "", true),
                    new RequirementGroup("NETWORK", RequirementKind.TECHNICAL, "Mạng", "Network", "", false)),
            List.of(req("MGT-POL-01", "POLICY", 1), req("MGT-POL-02", "POLICY", 2), req("MGT-POL-03", "POLICY", 3),
                    req("TEC-NET-01", "NETWORK", 1), req("TEC-NET-02", "NETWORK", 3)));

    private static Requirement req(String code, String group, int level) {
        return new Requirement(code, group, SecurityLevel.of(level), "t " + code, "t " + code, "d", "d");
    }

    private static Assessment a(String code, AssessmentStatus status) {
        Finding f = new Finding(status, status == AssessmentStatus.NOT_APPLICABLE ? null : "see the audit report",
                null, "Phòng CNTT", status == AssessmentStatus.NOT_APPLICABLE ? "no outsourced development here" : null);
        return new Assessment(SYSTEM, code, f, "t1", "officer", Instant.EPOCH);
    }

    private static Map<String, AssessmentStatus> given(Object... pairs) {
        Map<String, AssessmentStatus> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (AssessmentStatus) pairs[i + 1]);
        }
        return m;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // level, assessments, expected gaps "GROUP:CODE:REASON", applicable, compliant, partial, non, na, none, percent
                Arguments.of(1, given(), List.of("POLICY:MGT-POL-01:NOT_ASSESSED", "NETWORK:TEC-NET-01:NOT_ASSESSED"), 2, 0, 0, 0, 0, 2, 0),
                Arguments.of(1, given("MGT-POL-01", AssessmentStatus.COMPLIANT, "TEC-NET-01", AssessmentStatus.COMPLIANT),
                        List.of(), 2, 2, 0, 0, 0, 0, 100),
                Arguments.of(2, given("MGT-POL-01", AssessmentStatus.COMPLIANT, "MGT-POL-02", AssessmentStatus.PARTIAL,
                        "TEC-NET-01", AssessmentStatus.NON_COMPLIANT),
                        List.of("POLICY:MGT-POL-02:PARTIAL", "NETWORK:TEC-NET-01:NON_COMPLIANT"), 3, 1, 1, 1, 0, 0, 33),
                // Not applicable is no gap and leaves the share: 2 compliant of 4 counted.
                Arguments.of(3, given("MGT-POL-01", AssessmentStatus.COMPLIANT, "MGT-POL-02", AssessmentStatus.NOT_APPLICABLE,
                        "MGT-POL-03", AssessmentStatus.COMPLIANT, "TEC-NET-01", AssessmentStatus.PARTIAL),
                        List.of("NETWORK:TEC-NET-01:PARTIAL", "NETWORK:TEC-NET-02:NOT_ASSESSED"), 5, 2, 1, 0, 1, 1, 50),
                // Everything not applicable: nothing to meet, fully compliant.
                Arguments.of(1, given("MGT-POL-01", AssessmentStatus.NOT_APPLICABLE, "TEC-NET-01", AssessmentStatus.NOT_APPLICABLE),
                        List.of(), 2, 0, 0, 0, 2, 0, 100));
    }

    @ParameterizedTest(name = "level {0} with {1}")
    @MethodSource("cases")
    void gapsAndSummaryFollowTheAssessments(int level, Map<String, AssessmentStatus> assessed, List<String> gaps, int applicable,
                                            int compliant, int partial, int non, int na, int none, int percent) {
        List<Assessment> assessments = new ArrayList<>();
        assessed.forEach((code, status) -> assessments.add(a(code, status)));
        Checklist c = new Checklist(SYSTEM, SecurityLevel.of(level), CATALOG, assessments);

        List<String> found = new ArrayList<>();
        c.gapsByGroup().forEach((g, lines) -> lines.forEach(e -> found.add(g.code() + ":" + e.requirement().code() + ":" + e.gap().orElseThrow())));
        assertThat(found).containsExactlyElementsOf(gaps);
        assertThat(c.summary()).isEqualTo(new Checklist.Summary(applicable, compliant, partial, non, na, none, percent));
        assertThat(c.summary().fullyCompliant()).isEqualTo(gaps.isEmpty());
    }

    @Test
    void assessmentsOfRequirementsAboveTheLevelAreKeptAsideNotCounted() {
        Checklist c = new Checklist(SYSTEM, SecurityLevel.LEVEL_1, CATALOG,
                List.of(a("MGT-POL-01", AssessmentStatus.COMPLIANT), a("MGT-POL-03", AssessmentStatus.NON_COMPLIANT)));
        assertThat(c.outsideLevel()).extracting(Assessment::requirement).containsExactly("MGT-POL-03");
        assertThat(c.summary().nonCompliant()).isZero();
        assertThat(c.summaryByGroup()).hasSize(2);
        assertThat(c.summaryByGroup().values()).extracting(Checklist.Summary::applicable).containsExactly(1, 1);
    }
}
