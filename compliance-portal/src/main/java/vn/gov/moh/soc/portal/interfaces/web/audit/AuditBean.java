package vn.gov.moh.soc.portal.interfaces.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.AuditService;
import vn.gov.moh.soc.portal.domain.model.audit.ChainVerification;
import vn.gov.moh.soc.portal.interfaces.web.FieldMessages;
import vn.gov.moh.soc.portal.interfaces.web.security.BrowserCaller;

/** The auditors' check of the hash chain: walks every record, which takes a while on a long trail. */
@Named("auditCheck")
@ViewScoped
public class AuditBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;
    @Inject
    BrowserCaller me;

    private ChainVerification result;

    public void verify() {
        try {
            result = audit.verify(me.caller());
        } catch (AccessDeniedException e) {
            FieldMessages.page("error.denied", e.getMessage());
        }
    }

    public boolean isDone() {
        return result != null;
    }

    public boolean isIntact() {
        return result != null && result.intact();
    }

    public long getRecords() {
        return result == null ? 0 : result.records();
    }

    public java.util.List<String> getProblems() {
        return result == null ? java.util.List.of() : result.problems();
    }
}
