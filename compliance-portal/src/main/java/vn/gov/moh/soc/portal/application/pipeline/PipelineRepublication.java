package vn.gov.moh.soc.portal.application.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.domain.model.audit.AuditTrail;

/**
 * Puts every asset and every published rule in the outbox again, for a topic that lost records or a
 * namespace a job reads from scratch. Administrators only; audited.
 */
@ApplicationScoped
public class PipelineRepublication {
    @Inject
    AssetPublication assets;
    @Inject
    RuleService rules;
    @Inject
    AuditTrail audit;

    /** What was recorded for sending. */
    public record Counts(int systems, int rules) {
    }

    @Transactional
    public Counts republishAll(Caller caller) {
        if (!caller.is(Caller.ADMIN)) {
            throw new AccessDeniedException("only administrators republish the pipeline's records");
        }
        // Audited first: its lock on the trail's head keeps a concurrent change of a system from
        // committing between this read of the system and the id of its outbox row (see Outbox).
        audit.append(caller.name(), "pipeline.republish", "pipeline", "all", null,
                Json.createObjectBuilder().add("scope", "every system and published rule").build().toString());
        return new Counts(assets.republishAll(), rules.republishAll());
    }
}
