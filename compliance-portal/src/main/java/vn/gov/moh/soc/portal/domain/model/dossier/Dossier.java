package vn.gov.moh.soc.portal.domain.model.dossier;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentId;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentKind;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * The level-proposal dossier of one system (Decree 85, Art. 15) and the state of its appraisal.
 * Immutable: every change returns the next dossier, so the history (earlier versions, events,
 * comments) can only grow.
 *
 * @param id        null until saved
 * @param system    the system
 * @param owner     its owner unit when the dossier was opened
 * @param state     where the procedure stands
 * @param versions  every round, oldest first; the last is the current one
 * @param events    every transition, oldest first
 * @param comments  every comment, oldest first
 * @param dueAt     when the party holding the dossier must act (decision or resubmission); null when decided or a draft
 * @param reReview  set when an approved dossier's system changed since
 * @param createdBy who opened it
 * @param createdAt when
 */
public record Dossier(DossierId id, SystemId system, UnitId owner, DossierState state, List<DossierVersion> versions,
                      List<DossierEvent> events, List<DossierComment> comments, Instant dueAt, ReReview reReview,
                      String createdBy, Instant createdAt) {
    /** The levels whose dossier needs the specialized security unit's opinion (Art. 15(5)). */
    public static final Set<SecurityLevel> OPINION_LEVELS = EnumSet.of(SecurityLevel.LEVEL_4, SecurityLevel.LEVEL_5);

    public Dossier {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        versions = List.copyOf(versions);
        events = List.copyOf(events);
        comments = List.copyOf(comments);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a dossier has at least one version");
        }
    }

    /** A new draft for the system at the level the officer proposed. */
    public static Dossier open(SystemId system, UnitId owner, SecurityLevel proposed, SecurityLevel computed, DossierContent content,
                               String actor, Instant now) {
        DossierVersion first = new DossierVersion(1, proposed, computed, content, List.of(), null, null);
        return new Dossier(null, system, owner, DossierState.DRAFT, List.of(first), List.of(), List.of(), null, null, actor, now);
    }

    public DossierVersion current() {
        return versions.get(versions.size() - 1);
    }

    public SecurityLevel level() {
        return current().proposedLevel();
    }

    public boolean overdue(Instant now) {
        return dueAt != null && now.isAfter(dueAt);
    }

    public Dossier withId(DossierId value) {
        return new Dossier(value, system, owner, state, versions, events, comments, dueAt, reReview, createdBy, createdAt);
    }

    /** New content for the current version; the level follows the officer's latest level proposal. */
    public Dossier revise(DossierContent content, SecurityLevel proposed, SecurityLevel computed) {
        checkEditable("change the content");
        return withCurrent(current().withContent(content, proposed, computed));
    }

    public Dossier attach(AttachmentId attachment, AttachmentKind kind) {
        checkEditable("attach files");
        List<AttachedFile> files = new ArrayList<>(current().attachments());
        files.add(new AttachedFile(attachment, kind));
        return withCurrent(current().withAttachments(files));
    }

    /** Takes a file out of the current version; earlier versions keep it. */
    public Dossier detach(AttachmentId attachment) {
        checkEditable("remove files");
        List<AttachedFile> files = new ArrayList<>(current().attachments());
        if (!files.removeIf(f -> f.id().equals(attachment))) {
            throw new WorkflowException("attachment " + attachment + " is not part of version " + current().number());
        }
        return withCurrent(current().withAttachments(files));
    }

    public Dossier comment(Party party, String author, String text, Instant now) {
        List<DossierComment> all = new ArrayList<>(comments);
        all.add(new DossierComment(current().number(), party, author, now, text));
        return new Dossier(id, system, owner, state, versions, events, all, dueAt, reReview, createdBy, createdAt);
    }

    /** The actions the party may take now. */
    public Set<DossierAction> actionsFor(Party party) {
        Set<DossierAction> result = EnumSet.noneOf(DossierAction.class);
        for (DossierAction a : DossierAction.values()) {
            if (a.from() == state && a.party() == party) {
                result.add(a);
            }
        }
        return result;
    }

    /**
     * Takes a step of the procedure.
     *
     * @param authority the authority of the dossier's level: its days set the due dates
     * @throws WorkflowException           if the action does not start from the current state, or the party may not take it
     * @throws IncompleteDossierException  if a note is needed and missing, or a submission lacks a part of Art. 15
     */
    public Dossier perform(DossierAction action, Party party, String actor, String note, Authority authority, Instant now) {
        if (action.party() != party) {
            throw new WorkflowException(action.slug() + " is for the " + action.party().name().toLowerCase() + ", not the "
                    + party.name().toLowerCase());
        }
        if (action.from() != state) {
            throw new WorkflowException("a dossier " + state.name().toLowerCase().replace('_', ' ') + " cannot be "
                    + action.slug() + "; that needs " + action.from().name().toLowerCase().replace('_', ' '));
        }
        String text = note == null ? "" : note.strip();
        if (action.needsNote() && text.length() < DossierAction.MIN_NOTE) {
            throw new IncompleteDossierException(Map.of("note", action.slug() + " needs a note of at least " + DossierAction.MIN_NOTE
                    + " characters saying why"));
        }
        if (text.length() > DossierComment.MAX_TEXT) {
            throw new IncompleteDossierException(Map.of("note", "a note has at most " + DossierComment.MAX_TEXT + " characters"));
        }
        if (authority.level() != level()) {
            throw new IllegalArgumentException("the authority of level " + authority.level().number() + " for a dossier of level "
                    + level().number());
        }
        List<DossierVersion> nextVersions = new ArrayList<>(versions);
        Instant due = dueAt;
        if (action.submits()) {
            Map<String, String> missing = missingForSubmission();
            if (!missing.isEmpty()) {
                throw new IncompleteDossierException(missing);
            }
            nextVersions.set(nextVersions.size() - 1, current().submittedBy(actor, now));
            due = now.plus(Duration.ofDays(authority.decisionDays()));
        } else if (action == DossierAction.RETURN_FOR_REVISION) {
            nextVersions.add(current().next());
            due = now.plus(Duration.ofDays(authority.revisionDays()));
        } else if (!action.to().open()) {
            due = null;
        }
        List<DossierEvent> nextEvents = new ArrayList<>(events);
        nextEvents.add(new DossierEvent(current().number(), action, state, action.to(), actor, now, text));
        // A new decision answers any earlier call for a re-review.
        ReReview review = action == DossierAction.APPROVE ? null : reReview;
        return new Dossier(id, system, owner, action.to(), nextVersions, nextEvents, comments, due, review, createdBy, createdAt);
    }

    /**
     * What the current version lacks for a submission, by field: the overview, the justification,
     * the security plan, a design document, and for levels 4-5 the specialized unit's opinion (as
     * text or as an attachment).
     */
    public Map<String, String> missingForSubmission() {
        Map<String, String> missing = new LinkedHashMap<>();
        DossierContent c = current().content();
        if (c.overview().isEmpty()) {
            missing.put("overview", "the overview of the system is missing (Art. 15(1))");
        }
        if (current().attachments().stream().noneMatch(f -> f.kind() == AttachmentKind.DESIGN_DOCUMENT)) {
            missing.put("attachments", "no design document is attached (Art. 15(2))");
        }
        if (c.levelJustification().isEmpty()) {
            missing.put("levelJustification", "the justification of the proposed level is missing (Art. 15(3))");
        }
        if (c.securityPlan().isEmpty() && current().attachments().stream().noneMatch(f -> f.kind() == AttachmentKind.SECURITY_PLAN)) {
            missing.put("securityPlan", "the security plan for the level is missing (Art. 15(4))");
        }
        if (OPINION_LEVELS.contains(level()) && c.specialistOpinion().isEmpty()
                && current().attachments().stream().noneMatch(f -> f.kind() == AttachmentKind.SPECIALIST_OPINION)) {
            missing.put("specialistOpinion", "a dossier of level " + level().number()
                    + " needs the opinion of the specialized information-security unit (Art. 15(5))");
        }
        return missing;
    }

    /** Marks an approved dossier whose system changed; any other dossier is returned as it is. */
    public Dossier flagForReReview(String reason, Instant now) {
        if (state != DossierState.APPROVED) {
            return this;
        }
        return new Dossier(id, system, owner, state, versions, events, comments, dueAt, new ReReview(reason, now), createdBy, createdAt);
    }

    /** @throws WorkflowException unless the owner may still change the dossier */
    public void checkEditable(String what) {
        if (!state.editable()) {
            throw new WorkflowException("a dossier " + state.name().toLowerCase().replace('_', ' ') + " is closed: the owner may "
                    + what + " only in a draft or a returned dossier");
        }
    }

    private Dossier withCurrent(DossierVersion version) {
        List<DossierVersion> all = new ArrayList<>(versions);
        all.set(all.size() - 1, version);
        return new Dossier(id, system, owner, state, all, events, comments, dueAt, reReview, createdBy, createdAt);
    }
}
