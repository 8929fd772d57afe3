package vn.gov.moh.soc.portal.application.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.gov.moh.soc.core.asset.Asset;
import vn.gov.moh.soc.core.asset.AssetJson;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.domain.model.level.LevelProposalRepository;
import vn.gov.moh.soc.portal.domain.model.level.LevelRules;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.SystemPage;
import vn.gov.moh.soc.portal.domain.model.system.SystemQuery;
import vn.gov.moh.soc.portal.domain.model.system.SystemRepository;

/**
 * Puts a system's asset record in the outbox whenever the system or its level changes, and every
 * system's on request (a new topic, or a namespace the job reads from scratch).
 */
@ApplicationScoped
public class AssetPublication {
    private static final int PAGE = 200;
    private final LevelRules rules = new LevelRules();

    @Inject
    Outbox outbox;
    @Inject
    LevelProposalRepository proposals;
    @Inject
    SystemRepository systems;

    /**
     * Records the system's current asset (or a tombstone when it names no host or address) in the
     * caller's transaction, after its audit record (see {@link Outbox} for why).
     *
     * @throws InvalidFieldException when soc-core's asset model refuses the system, which rolls the change back
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(InformationSystem system) {
        String key = AssetRecords.assetId(system.id());
        Optional<Asset> asset;
        try {
            asset = AssetRecords.asset(system, level(system));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("components", "the system cannot be published to the SOC: " + e.getMessage());
        }
        outbox.append(Topic.ASSETS, key, asset.map(AssetJson::write).orElse(null));
    }

    /** Records the asset of every system; returns how many systems. */
    @Transactional
    public int republishAll() {
        int count = 0;
        for (int page = 0;; page++) {
            SystemPage result = systems.search(new SystemQuery(null, null, null, SystemQuery.Sort.ID, false, page, PAGE));
            result.systems().forEach(this::changed);
            count += result.systems().size();
            if (result.systems().size() < PAGE) {
                return count;
            }
        }
    }

    /**
     * The level the SOC weighs alerts with: the officer's latest proposal when there is one (it may
     * differ from the computed level only with a justification), else the computed level.
     */
    SecurityLevel level(InformationSystem system) {
        return proposals.latest(system.id()).map(LevelProposalRepository.StoredProposal::proposed)
                .orElseGet(() -> rules.determine(system).level());
    }
}
