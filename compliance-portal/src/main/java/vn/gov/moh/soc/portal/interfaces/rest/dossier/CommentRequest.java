package vn.gov.moh.soc.portal.interfaces.rest.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierComment;

public class CommentRequest {
    @NotBlank @Size(max = DossierComment.MAX_TEXT) public String text;
}
