package vn.gov.moh.soc.portal.interfaces.rest.dossier;

import jakarta.validation.constraints.Size;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierContent;

/**
 * The written parts of a dossier as the officer sends them; absent parts are empty. A class, not a
 * record: Payara 6.2025.10's OpenAPI generator fails on constraints that records copy onto their
 * constructor.
 */
public class ContentRequest {
    @Size(max = DossierContent.MAX_TEXT) public String overview;
    @Size(max = DossierContent.MAX_TEXT) public String levelJustification;
    @Size(max = DossierContent.MAX_TEXT) public String securityPlan;
    @Size(max = DossierContent.MAX_TEXT) public String specialistOpinion;

    public DossierContent toDomain() {
        return new DossierContent(overview, levelJustification, securityPlan, specialistOpinion);
    }
}
