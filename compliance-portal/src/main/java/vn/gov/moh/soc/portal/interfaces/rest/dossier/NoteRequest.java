package vn.gov.moh.soc.portal.interfaces.rest.dossier;

import jakarta.validation.constraints.Size;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierComment;

/** The note of a transition: the reason of a return or rejection, a remark otherwise. */
public class NoteRequest {
    @Size(max = DossierComment.MAX_TEXT) public String note;
}
