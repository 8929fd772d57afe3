package vn.gov.moh.soc.portal.interfaces.rest.dossier;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A new dossier: the system it is for and its first content. */
public class DossierRequest extends ContentRequest {
    @NotNull @Positive public Long system;
}
