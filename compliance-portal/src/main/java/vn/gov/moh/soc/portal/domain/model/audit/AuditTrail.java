package vn.gov.moh.soc.portal.domain.model.audit;

/** The append-only store of audit records. */
public interface AuditTrail {
    /** Appends a record in the caller's transaction, so a change and its record commit or fail together. */
    AuditRecord append(String actor, String action, String entityType, String entityId, String before, String after);

    /** Checks every stored record against the chain. */
    ChainVerification verify();
}
