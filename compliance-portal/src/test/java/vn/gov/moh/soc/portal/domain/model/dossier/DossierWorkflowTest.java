package vn.gov.moh.soc.portal.domain.model.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentId;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentKind;
import vn.gov.moh.soc.portal.domain.model.level.Confirmation;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

class DossierWorkflowTest {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final String NOTE = "Bổ sung sơ đồ mạng và phương án sao lưu.";

    static Authority authority(SecurityLevel level) {
        return new Authority(level, "appraiser", "approver", "Decree 85, Art. 12", Confirmation.UNCONFIRMED, 30, 7, 20, "");
    }

    /** A level-3 draft with every part of Art. 15 (level 3 needs no specialist opinion). */
    static Dossier completeDraft(SecurityLevel level) {
        Dossier d = Dossier.open(new SystemId(51), UnitId.of("bv-bach-mai"), level, SecurityLevel.LEVEL_3,
                new DossierContent("Tổng quan HIS", "Tiêu chí Điều 9", "Phương án cấp độ 3", ""), "officer.bachmai", T0);
        return d.withId(new DossierId(50)).attach(new AttachmentId(101), AttachmentKind.DESIGN_DOCUMENT);
    }

    private static Dossier step(Dossier d, DossierAction a) {
        return d.perform(a, a.party(), a.party() == Party.OWNER ? "officer.bachmai" : "admin", NOTE, authority(d.level()), T0);
    }

    /** A complete dossier driven to the state along the normal path. */
    static Dossier in(DossierState state) {
        Dossier d = completeDraft(SecurityLevel.LEVEL_3);
        List<DossierAction> path = switch (state) {
            case DRAFT -> List.of();
            case SUBMITTED -> List.of(DossierAction.SUBMIT);
            case UNDER_APPRAISAL -> List.of(DossierAction.SUBMIT, DossierAction.START_APPRAISAL);
            case RETURNED_FOR_REVISION -> List.of(DossierAction.SUBMIT, DossierAction.START_APPRAISAL, DossierAction.RETURN_FOR_REVISION);
            case APPROVED -> List.of(DossierAction.SUBMIT, DossierAction.START_APPRAISAL, DossierAction.APPROVE);
            case REJECTED -> List.of(DossierAction.SUBMIT, DossierAction.START_APPRAISAL, DossierAction.REJECT);
        };
        for (DossierAction a : path) {
            d = step(d, a);
        }
        assertThat(d.state()).isEqualTo(state);
        return d;
    }

    /**
     * The workflow written out by hand (not read from {@link DossierAction}): every allowed
     * (state, action, party) and where it leads. Everything else is refused.
     */
    private static final Map<String, DossierState> ALLOWED = Map.of(
            "DRAFT SUBMIT OWNER", DossierState.SUBMITTED,
            "SUBMITTED START_APPRAISAL AUTHORITY", DossierState.UNDER_APPRAISAL,
            "UNDER_APPRAISAL RETURN_FOR_REVISION AUTHORITY", DossierState.RETURNED_FOR_REVISION,
            "UNDER_APPRAISAL APPROVE AUTHORITY", DossierState.APPROVED,
            "UNDER_APPRAISAL REJECT AUTHORITY", DossierState.REJECTED,
            "RETURNED_FOR_REVISION RESUBMIT OWNER", DossierState.SUBMITTED);

    static Stream<Arguments> everyStateActionAndParty() {
        List<Arguments> cases = new ArrayList<>();
        for (DossierState s : DossierState.values()) {
            for (DossierAction a : DossierAction.values()) {
                for (Party p : Party.values()) {
                    cases.add(Arguments.of(s, a, p, ALLOWED.get(s + " " + a + " " + p)));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} --{1} by {2}--> {3}")
    @MethodSource("everyStateActionAndParty")
    void aTransitionIsAllowedExactlyWhereTheTableSays(DossierState state, DossierAction action, Party party, DossierState expected) {
        Dossier d = in(state);
        if (expected == null) {
            assertThatThrownBy(() -> d.perform(action, party, "someone", NOTE, authority(d.level()), T0.plusSeconds(60)))
                    .isInstanceOf(WorkflowException.class);
            assertThat(d.actionsFor(party)).doesNotContain(action);
        } else {
            Dossier next = d.perform(action, party, "someone", NOTE, authority(d.level()), T0.plusSeconds(60));
            assertThat(next.state()).isEqualTo(expected);
            assertThat(next.events()).hasSize(d.events().size() + 1);
            DossierEvent last = next.events().get(next.events().size() - 1);
            assertThat(last.from()).isEqualTo(state);
            assertThat(last.to()).isEqualTo(expected);
            assertThat(last.actor()).isEqualTo("someone");
            assertThat(d.actionsFor(party)).contains(action);
        }
    }

    @Test
    void aReturnOpensTheNextVersionAsACopyAndTheResubmissionKeepsTheFirstUntouched() {
        Dossier returned = in(DossierState.RETURNED_FOR_REVISION);
        assertThat(returned.versions()).hasSize(2);
        DossierVersion first = returned.versions().get(0);
        assertThat(first.submitted()).isTrue();
        assertThat(returned.current().number()).isEqualTo(2);
        assertThat(returned.current().submitted()).isFalse();
        assertThat(returned.current().content()).isEqualTo(first.content());
        assertThat(returned.current().attachments()).isEqualTo(first.attachments());

        Dossier revised = returned.revise(new DossierContent("Tổng quan HIS, bản 2", "Tiêu chí Điều 9", "Phương án cấp độ 3, bổ sung sao lưu", ""),
                        SecurityLevel.LEVEL_3, SecurityLevel.LEVEL_3)
                .attach(new AttachmentId(102), AttachmentKind.DESIGN_DOCUMENT);
        Dossier resubmitted = revised.perform(DossierAction.RESUBMIT, Party.OWNER, "officer.bachmai", "", authority(SecurityLevel.LEVEL_3),
                T0.plus(Duration.ofDays(3)));
        assertThat(resubmitted.state()).isEqualTo(DossierState.SUBMITTED);
        assertThat(resubmitted.versions().get(0)).isEqualTo(first);
        assertThat(resubmitted.current().content().overview()).isEqualTo("Tổng quan HIS, bản 2");
        assertThat(resubmitted.current().attachments()).extracting(AttachedFile::id).containsExactly(new AttachmentId(101), new AttachmentId(102));
        assertThat(resubmitted.current().submittedAt()).isEqualTo(T0.plus(Duration.ofDays(3)));
        assertThat(resubmitted.events()).extracting(DossierEvent::action).containsExactly(DossierAction.SUBMIT,
                DossierAction.START_APPRAISAL, DossierAction.RETURN_FOR_REVISION, DossierAction.RESUBMIT);
        assertThat(resubmitted.events()).extracting(DossierEvent::version).containsExactly(1, 1, 1, 2);
        assertThat(resubmitted.events().get(2).note()).isEqualTo(NOTE);
    }

    @Test
    void dueDatesFollowTheAuthoritysDaysPerStep() {
        Authority a = authority(SecurityLevel.LEVEL_3); // 30 appraisal + 7 approval, 20 for a revision
        Dossier submitted = completeDraft(SecurityLevel.LEVEL_3).perform(DossierAction.SUBMIT, Party.OWNER, "o", "", a, T0);
        assertThat(submitted.dueAt()).isEqualTo(T0.plus(Duration.ofDays(37)));
        assertThat(submitted.overdue(T0.plus(Duration.ofDays(36)))).isFalse();
        assertThat(submitted.overdue(T0.plus(Duration.ofDays(38)))).isTrue();
        Dossier appraising = submitted.perform(DossierAction.START_APPRAISAL, Party.AUTHORITY, "admin", "", a, T0.plus(Duration.ofDays(2)));
        assertThat(appraising.dueAt()).as("the decision stays due from the submission").isEqualTo(T0.plus(Duration.ofDays(37)));
        Instant returnedAt = T0.plus(Duration.ofDays(10));
        Dossier returned = appraising.perform(DossierAction.RETURN_FOR_REVISION, Party.AUTHORITY, "admin", NOTE, a, returnedAt);
        assertThat(returned.dueAt()).isEqualTo(returnedAt.plus(Duration.ofDays(20)));
        Dossier approved = appraising.perform(DossierAction.APPROVE, Party.AUTHORITY, "admin", "", a, returnedAt);
        assertThat(approved.dueAt()).isNull();
        assertThat(approved.overdue(T0.plus(Duration.ofDays(400)))).isFalse();
    }

    @Test
    void aReturnAndARejectionNeedANoteSayingWhy() {
        Dossier d = in(DossierState.UNDER_APPRAISAL);
        for (DossierAction a : List.of(DossierAction.RETURN_FOR_REVISION, DossierAction.REJECT)) {
            for (String note : new String[] {null, "", "   ", "too short"}) {
                assertThatThrownBy(() -> d.perform(a, Party.AUTHORITY, "admin", note, authority(d.level()), T0))
                        .isInstanceOfSatisfying(IncompleteDossierException.class, e -> assertThat(e.firstField()).isEqualTo("note"));
            }
        }
        assertThat(d.perform(DossierAction.APPROVE, Party.AUTHORITY, "admin", null, authority(d.level()), T0).state())
                .isEqualTo(DossierState.APPROVED);
    }

    /** What a submission lacks, by field: one row per part of Art. 15. */
    static Stream<Arguments> incompleteDossiers() {
        DossierContent full = new DossierContent("overview", "justification", "plan", "");
        return Stream.of(
                Arguments.of("no overview (1)", SecurityLevel.LEVEL_3, new DossierContent("", "j", "p", ""), List.of(AttachmentKind.DESIGN_DOCUMENT), "overview"),
                Arguments.of("no design document (2)", SecurityLevel.LEVEL_3, full, List.of(AttachmentKind.OTHER), "attachments"),
                Arguments.of("no justification (3)", SecurityLevel.LEVEL_3, new DossierContent("o", " ", "p", ""), List.of(AttachmentKind.DESIGN_DOCUMENT), "levelJustification"),
                Arguments.of("no security plan (4)", SecurityLevel.LEVEL_3, new DossierContent("o", "j", "", ""), List.of(AttachmentKind.DESIGN_DOCUMENT), "securityPlan"),
                Arguments.of("level 4 without the opinion (5)", SecurityLevel.LEVEL_4, full, List.of(AttachmentKind.DESIGN_DOCUMENT), "specialistOpinion"),
                Arguments.of("level 5 without the opinion (5)", SecurityLevel.LEVEL_5, full, List.of(AttachmentKind.DESIGN_DOCUMENT), "specialistOpinion"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incompleteDossiers")
    void aSubmissionLackingAPartOfArticle15IsRefusedNamingIt(String name, SecurityLevel level, DossierContent content,
                                                              List<AttachmentKind> files, String field) {
        Dossier d = Dossier.open(new SystemId(51), UnitId.of("bv-bach-mai"), level, SecurityLevel.LEVEL_3, content, "o", T0)
                .withId(new DossierId(50));
        long id = 100;
        for (AttachmentKind k : files) {
            d = d.attach(new AttachmentId(++id), k);
        }
        Dossier draft = d;
        assertThatThrownBy(() -> draft.perform(DossierAction.SUBMIT, Party.OWNER, "o", "", authority(level), T0))
                .isInstanceOfSatisfying(IncompleteDossierException.class, e -> assertThat(e.fields()).containsOnlyKeys(field));
        assertThat(draft.missingForSubmission()).containsOnlyKeys(field);
    }

    static Stream<Arguments> completeDossiers() {
        return Stream.of(
                Arguments.of("level 3 needs no opinion", SecurityLevel.LEVEL_3, "", List.of(AttachmentKind.DESIGN_DOCUMENT)),
                Arguments.of("level 4 with the opinion as text", SecurityLevel.LEVEL_4, "Đơn vị chuyên trách đồng ý", List.of(AttachmentKind.DESIGN_DOCUMENT)),
                Arguments.of("level 4 with the opinion attached", SecurityLevel.LEVEL_4, "", List.of(AttachmentKind.DESIGN_DOCUMENT, AttachmentKind.SPECIALIST_OPINION)),
                Arguments.of("level 5 with the opinion attached", SecurityLevel.LEVEL_5, "", List.of(AttachmentKind.SPECIALIST_OPINION, AttachmentKind.DESIGN_DOCUMENT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("completeDossiers")
    void aCompleteDossierIsSubmitted(String name, SecurityLevel level, String opinion, List<AttachmentKind> files) {
        Dossier d = Dossier.open(new SystemId(51), UnitId.of("bv-bach-mai"), level, SecurityLevel.LEVEL_3,
                new DossierContent("o", "j", "p", opinion), "o", T0).withId(new DossierId(50));
        long id = 100;
        for (AttachmentKind k : files) {
            d = d.attach(new AttachmentId(++id), k);
        }
        assertThat(d.perform(DossierAction.SUBMIT, Party.OWNER, "o", "", authority(level), T0).state()).isEqualTo(DossierState.SUBMITTED);
    }

    @Test
    void theSecurityPlanMayComeAsAnAttachmentInsteadOfText() {
        Dossier d = Dossier.open(new SystemId(51), UnitId.of("x"), SecurityLevel.LEVEL_2, SecurityLevel.LEVEL_2,
                new DossierContent("o", "j", "", ""), "o", T0).withId(new DossierId(50))
                .attach(new AttachmentId(1), AttachmentKind.DESIGN_DOCUMENT).attach(new AttachmentId(2), AttachmentKind.SECURITY_PLAN);
        assertThat(d.missingForSubmission()).isEmpty();
    }

    @Test
    void onlyADraftOrAReturnedDossierCanBeChanged() {
        for (DossierState s : DossierState.values()) {
            Dossier d = in(s);
            if (s.editable()) {
                assertThat(d.revise(DossierContent.EMPTY, SecurityLevel.LEVEL_3, SecurityLevel.LEVEL_3).current().content()).isEqualTo(DossierContent.EMPTY);
                assertThat(d.attach(new AttachmentId(900), AttachmentKind.OTHER).detach(new AttachmentId(900)).current().attachments())
                        .isEqualTo(d.current().attachments());
            } else {
                assertThatThrownBy(() -> d.revise(DossierContent.EMPTY, SecurityLevel.LEVEL_3, SecurityLevel.LEVEL_3)).isInstanceOf(WorkflowException.class);
                assertThatThrownBy(() -> d.attach(new AttachmentId(900), AttachmentKind.OTHER)).isInstanceOf(WorkflowException.class);
                assertThatThrownBy(() -> d.detach(new AttachmentId(101))).isInstanceOf(WorkflowException.class);
            }
        }
        assertThatThrownBy(() -> in(DossierState.DRAFT).detach(new AttachmentId(999))).isInstanceOf(WorkflowException.class);
    }

    @Test
    void onlyAnApprovedDossierIsFlaggedForReReviewAndANewApprovalClearsIt() {
        for (DossierState s : DossierState.values()) {
            Dossier d = in(s);
            Dossier flagged = d.flagForReReview("components changed", T0.plusSeconds(5));
            if (s == DossierState.APPROVED) {
                assertThat(flagged.reReview()).isEqualTo(new ReReview("components changed", T0.plusSeconds(5)));
                assertThat(flagged.state()).isEqualTo(DossierState.APPROVED);
            } else {
                assertThat(flagged).isSameAs(d);
            }
        }
        Dossier appraisingFlagged = new Dossier(new DossierId(50), new SystemId(51), UnitId.of("bv-bach-mai"), DossierState.UNDER_APPRAISAL,
                in(DossierState.UNDER_APPRAISAL).versions(), List.of(), List.of(), null, new ReReview("r", T0), "o", T0);
        assertThat(step(appraisingFlagged, DossierAction.APPROVE).reReview()).isNull();
    }

    @Test
    void theLevelFollowsTheLatestProposalWhileEditableAndIsFrozenOnSubmission() {
        Dossier d = completeDraft(SecurityLevel.LEVEL_3).revise(new DossierContent("o", "j", "p", "opinion"), SecurityLevel.LEVEL_4, SecurityLevel.LEVEL_3);
        assertThat(d.level()).isEqualTo(SecurityLevel.LEVEL_4);
        assertThatThrownBy(() -> d.perform(DossierAction.SUBMIT, Party.OWNER, "o", "", authority(SecurityLevel.LEVEL_3), T0))
                .as("the authority of another level").isInstanceOf(IllegalArgumentException.class);
        Dossier submitted = step(d, DossierAction.SUBMIT);
        assertThat(submitted.current().proposedLevel()).isEqualTo(SecurityLevel.LEVEL_4);
        assertThat(submitted.current().computedLevel()).isEqualTo(SecurityLevel.LEVEL_3);
    }

    @Test
    void commentsAreKeptPerVersionAndMustSaySomething() {
        Dossier d = in(DossierState.RETURNED_FOR_REVISION).comment(Party.OWNER, "officer.bachmai", "  Đã bổ sung  ", T0);
        assertThat(d.comments()).singleElement().satisfies(c -> {
            assertThat(c.version()).isEqualTo(2);
            assertThat(c.text()).isEqualTo("Đã bổ sung");
        });
        assertThatThrownBy(() -> d.comment(Party.OWNER, "o", " ", T0)).isInstanceOf(IncompleteDossierException.class);
        assertThatThrownBy(() -> d.comment(Party.OWNER, "o", "x".repeat(DossierComment.MAX_TEXT + 1), T0)).isInstanceOf(IncompleteDossierException.class);
    }

    @Test
    void everyActionHasTheSlugOfItsPath() {
        assertThat(Stream.of(DossierAction.values()).map(DossierAction::slug))
                .containsExactly("submit", "start-appraisal", "return", "approve", "reject", "resubmit");
        for (DossierAction a : DossierAction.values()) {
            assertThat(DossierAction.ofSlug(a.slug())).contains(a);
        }
        assertThat(DossierAction.ofSlug("approve-all")).isEmpty();
    }
}
