package vn.gov.moh.soc.portal.interfaces.web.system;

import java.io.Serializable;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.AccessPolicy;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.InventoryService;
import vn.gov.moh.soc.portal.application.NotFoundException;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.interfaces.rest.system.SystemRequest;
import vn.gov.moh.soc.portal.interfaces.web.FieldMessages;

/**
 * A system as a page holds it: the form, and whether the user may save it (the access policy's
 * answer, which the service asks again when saving).
 *
 * @param form     what the page edits, null when the system could not be read
 * @param editable whether the page offers to save
 */
record SystemEditing(SystemForm form, boolean editable) implements Serializable {
    /** Nothing to show: the page shows its messages only. */
    static final SystemEditing NOTHING = new SystemEditing(null, false);

    /** Reads the system for the user; a denial or an unknown id is shown on the page and leaves nothing to edit. */
    static SystemEditing load(InventoryService inventory, Caller caller, long id, String formId) {
        try {
            InformationSystem system = inventory.read(caller, new SystemId(id));
            return new SystemEditing(SystemForm.of(SystemRequest.of(system)),
                    AccessPolicy.canChange(caller, system.owner(), inventory.units()));
        } catch (AccessDeniedException | NotFoundException e) {
            FieldMessages.refused(formId, e);
        } catch (IllegalArgumentException e) {
            FieldMessages.refused(formId, new NotFoundException(e.getMessage()));
        }
        return NOTHING;
    }
}
