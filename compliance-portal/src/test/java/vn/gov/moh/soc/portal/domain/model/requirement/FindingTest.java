package vn.gov.moh.soc.portal.domain.model.requirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;

class FindingTest {
    static Stream<Arguments> findings() {
        String longText = "x".repeat(Finding.MAX_TEXT + 1);
        return Stream.of(
                // status, evidence, link, owner, reason, the field refused (null: accepted)
                Arguments.of(AssessmentStatus.COMPLIANT, "policy signed 2026-03-01", null, "Phòng CNTT", null, null),
                Arguments.of(AssessmentStatus.COMPLIANT, null, "https://docs.example.vn/policy.pdf", "Phòng CNTT", null, null),
                Arguments.of(AssessmentStatus.COMPLIANT, null, null, "Phòng CNTT", null, "evidence"),
                Arguments.of(AssessmentStatus.PARTIAL, " ", null, "Phòng CNTT", null, "evidence"),
                Arguments.of(AssessmentStatus.NON_COMPLIANT, null, null, "Phòng CNTT", null, null),
                Arguments.of(AssessmentStatus.NON_COMPLIANT, null, null, null, null, "owner"),
                Arguments.of(AssessmentStatus.NOT_APPLICABLE, null, null, "Phòng CNTT", "no outsourced development", null),
                Arguments.of(AssessmentStatus.NOT_APPLICABLE, null, null, "Phòng CNTT", "n/a", "reason"),
                Arguments.of(AssessmentStatus.NOT_APPLICABLE, null, null, "Phòng CNTT", null, "reason"),
                Arguments.of(AssessmentStatus.COMPLIANT, null, "ftp://files.example.vn/x", "Phòng CNTT", null, "evidenceLink"),
                Arguments.of(AssessmentStatus.COMPLIANT, null, "not a link", "Phòng CNTT", null, "evidenceLink"),
                Arguments.of(AssessmentStatus.COMPLIANT, longText, null, "Phòng CNTT", null, "evidence"));
    }

    @ParameterizedTest(name = "{0}, evidence={1}, link={2}, owner={3}, reason={4}: {5}")
    @MethodSource("findings")
    void aFindingNamesTheFirstFieldThatDoesNotHold(AssessmentStatus status, String evidence, String link, String owner, String reason,
                                                  String refused) {
        Finding.Problem p = new Finding(status, evidence, link, owner, reason).problem();
        assertThat(p == null ? null : p.field()).isEqualTo(refused);
    }

    @Test
    void anAssessmentCannotBeMadeOfAFindingThatDoesNotHold() {
        Finding unsupported = new Finding(AssessmentStatus.COMPLIANT, null, null, "Phòng CNTT", null);
        assertThatThrownBy(() -> new Assessment(new SystemId(1), "MGT-POL-01", unsupported, "t1", "officer", Instant.EPOCH))
                .hasMessageStartingWith("evidence:");
    }
}
