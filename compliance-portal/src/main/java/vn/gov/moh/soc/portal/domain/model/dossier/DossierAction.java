package vn.gov.moh.soc.portal.domain.model.dossier;

import java.util.Optional;

/**
 * The workflow as a table: each action, the state it starts from, the state it leads to, the
 * party that may take it and whether it needs a written note (a return or a rejection says why).
 */
public enum DossierAction {
    SUBMIT("submit", DossierState.DRAFT, DossierState.SUBMITTED, Party.OWNER, false),
    START_APPRAISAL("start-appraisal", DossierState.SUBMITTED, DossierState.UNDER_APPRAISAL, Party.AUTHORITY, false),
    RETURN_FOR_REVISION("return", DossierState.UNDER_APPRAISAL, DossierState.RETURNED_FOR_REVISION, Party.AUTHORITY, true),
    APPROVE("approve", DossierState.UNDER_APPRAISAL, DossierState.APPROVED, Party.AUTHORITY, false),
    REJECT("reject", DossierState.UNDER_APPRAISAL, DossierState.REJECTED, Party.AUTHORITY, true),
    RESUBMIT("resubmit", DossierState.RETURNED_FOR_REVISION, DossierState.SUBMITTED, Party.OWNER, false);

    /** The note a return or rejection needs: long enough to tell the owner what to change. */
    public static final int MIN_NOTE = 10;

    private final String slug;
    private final DossierState from;
    private final DossierState to;
    private final Party party;
    private final boolean needsNote;

    DossierAction(String slug, DossierState from, DossierState to, Party party, boolean needsNote) {
        this.slug = slug;
        this.from = from;
        this.to = to;
        this.party = party;
        this.needsNote = needsNote;
    }

    public DossierState from() {
        return from;
    }

    public DossierState to() {
        return to;
    }

    public Party party() {
        return party;
    }

    public boolean needsNote() {
        return needsNote;
    }

    /** Whether the action sends the dossier to the authority (its content must then be complete). */
    public boolean submits() {
        return to == DossierState.SUBMITTED;
    }

    /** The path segment, e.g. {@code start-appraisal}. */
    public String slug() {
        return slug;
    }

    public static Optional<DossierAction> ofSlug(String slug) {
        for (DossierAction a : values()) {
            if (a.slug().equals(slug)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
