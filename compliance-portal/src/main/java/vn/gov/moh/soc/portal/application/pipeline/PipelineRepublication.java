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
        Counts counts = new Counts(assets.republishAll(), rules.republishAll());
        audit.append(caller.name(), "pipeline.republish", "pipeline", "all", null, Json.createObjectBuilder()
                .add("systems", counts.systems()).add("rules", counts.rules()).build().toString());
        return counts;
    }
}
