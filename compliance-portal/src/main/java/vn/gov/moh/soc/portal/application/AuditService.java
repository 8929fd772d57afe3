package vn.gov.moh.soc.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.gov.moh.soc.portal.domain.model.audit.AuditTrail;
import vn.gov.moh.soc.portal.domain.model.audit.ChainVerification;

/** Verifying the audit trail, for auditors and admins; the REST API and the pages both call it. */
@ApplicationScoped
@Transactional
public class AuditService {
    @Inject
    AuditTrail audit;

    public ChainVerification verify(Caller caller) {
        if (!AccessPolicy.canVerifyAudit(caller)) {
            throw new AccessDeniedException(caller.name() + " may not verify the audit trail");
        }
        return audit.verify();
    }
}
