package vn.gov.moh.soc.portal.interfaces.rest.requirement;

import vn.gov.moh.soc.portal.domain.model.requirement.AssessmentStatus;
import vn.gov.moh.soc.portal.domain.model.requirement.Finding;
import vn.gov.moh.soc.portal.interfaces.rest.RequestFields;

/** The officer's finding on one requirement; the service checks the rest ({@link Finding#problem()}). */
public class AssessmentRequest {
    public String status;
    public String evidence;
    public String evidenceLink;
    public String owner;
    public String reason;

    public Finding toDomain() {
        return new Finding(RequestFields.choice(AssessmentStatus.class, "status", status), evidence, evidenceLink, owner, reason);
    }
}
