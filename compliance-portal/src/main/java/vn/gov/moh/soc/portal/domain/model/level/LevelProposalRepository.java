package vn.gov.moh.soc.portal.domain.model.level;

import vn.gov.moh.soc.core.asset.SecurityLevel;

import java.util.Optional;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;

/** Where officers' proposals are kept; every proposal stays, the latest counts. */
public interface LevelProposalRepository {
    void save(LevelProposal proposal);

    /** The latest proposal's levels and justification; reasons are recomputed by the reader. */
    Optional<StoredProposal> latest(SystemId system);

    /** A proposal as stored: the reasons as the rules gave them then. */
    record StoredProposal(SecurityLevel computed, String reasonsJson, SecurityLevel proposed, String justification,
                          String proposedBy, java.time.Instant proposedAt) {
    }
}
