package vn.gov.moh.soc.portal.interfaces.web.requirement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.domain.model.requirement.Assessment;
import vn.gov.moh.soc.portal.domain.model.requirement.AssessmentStatus;
import vn.gov.moh.soc.portal.domain.model.requirement.Checklist;
import vn.gov.moh.soc.portal.domain.model.requirement.Finding;
import vn.gov.moh.soc.portal.domain.model.requirement.Requirement;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementGroup;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementKind;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;

/** A checklist line as the page edits it: the recorded finding shown, the typed one handed on unchanged. */
class ChecklistLineTest {
    private static final RequirementGroup POLICY = new RequirementGroup("POLICY", RequirementKind.MANAGEMENT, "Chính sách", "Policy", "", true);
    private static final Requirement REQ = new Requirement("MGT-POL-01", "POLICY", SecurityLevel.of(1), "Chính sách", "Policy", "d", "d");

    @Test
    void anAssessedLineShowsItsFindingAndIsNoGap() {
        Finding f = new Finding(AssessmentStatus.NOT_APPLICABLE, null, null, "Phòng CNTT", "không thuê ngoài phát triển");
        Assessment a = new Assessment(new SystemId(3), "MGT-POL-01", f, "t1", "officer.bachmai", Instant.EPOCH);
        ChecklistLine line = new ChecklistLine(4, new Checklist.Entry(REQ, POLICY, Optional.of(a)), true);
        assertThat(line.getIndex()).isEqualTo(4);
        assertThat(line.getRecordedStatus()).isEqualTo("NOT_APPLICABLE");
        assertThat(line.getStatus()).isEqualTo("NOT_APPLICABLE");
        assertThat(line.getReason()).isEqualTo("không thuê ngoài phát triển");
        assertThat(line.getGap()).isNull();
        assertThat(line.getAssessedBy()).isEqualTo("officer.bachmai");
        assertThat(line.isFirstOfGroup()).isTrue();
    }

    @Test
    void anUnassessedLineIsAGapAndHandsOnWhatWasTyped() {
        ChecklistLine line = new ChecklistLine(0, new Checklist.Entry(REQ, POLICY, Optional.empty()), false);
        assertThat(line.getRecordedStatus()).isNull();
        assertThat(line.getGap()).isEqualTo("NOT_ASSESSED");
        line.setStatus("NOT_APPLICABLE");
        line.setOwner("Phòng CNTT");
        line.setReason(" ");
        Finding typed = line.finding();
        assertThat(typed.status()).isEqualTo(AssessmentStatus.NOT_APPLICABLE);
        // The domain, not the page, decides that a blank reason does not hold.
        assertThat(typed.problem().field()).isEqualTo("reason");
        line.setStatus("");
        assertThat(line.getStatus()).as("the menu's empty choice").isNull();
        assertThat(List.of(line.getFromLevel())).containsExactly(1);
    }
}
