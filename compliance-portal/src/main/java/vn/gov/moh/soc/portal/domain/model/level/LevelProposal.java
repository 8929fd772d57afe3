package vn.gov.moh.soc.portal.domain.model.level;

import vn.gov.moh.soc.core.asset.SecurityLevel;

import java.time.Instant;
import java.util.Objects;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;

/**
 * What the officer proposes for a system, kept next to what the rules computed. An officer may
 * propose another level than the computed one, higher or lower, only with a written justification
 * (it goes into the dossier's justification of the proposed level, Art. 15).
 *
 * @param system        the system
 * @param computed      what the rules proposed when the officer made this proposal
 * @param proposed      the level the officer proposes
 * @param justification the officer's reasons; required when {@code proposed} differs from the computed level
 * @param proposedBy    the officer's user name
 * @param proposedAt    when
 */
public record LevelProposal(SystemId system, LevelDetermination computed, SecurityLevel proposed, String justification,
                            String proposedBy, Instant proposedAt) {
    /** Enough to say which criterion is disputed and why; shorter texts are placeholders. */
    public static final int MIN_JUSTIFICATION = 20;

    public LevelProposal {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(proposedAt, "proposedAt");
        if (proposed == null) {
            proposed = computed.level();
        }
        justification = justification == null ? "" : justification.strip();
        if (proposed != computed.level() && justification.length() < MIN_JUSTIFICATION) {
            throw new IllegalArgumentException("proposing " + Decree85Criteria.legalTerm(proposed) + " instead of the computed "
                    + Decree85Criteria.legalTerm(computed.level()) + " needs a justification of at least " + MIN_JUSTIFICATION + " characters");
        }
    }

    public boolean departsFromComputed() {
        return proposed != computed.level();
    }
}
