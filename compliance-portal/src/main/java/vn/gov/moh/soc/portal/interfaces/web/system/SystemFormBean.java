package vn.gov.moh.soc.portal.interfaces.web.system;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.AccessPolicy;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.InventoryService;
import vn.gov.moh.soc.portal.application.NotFoundException;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitHierarchy;
import vn.gov.moh.soc.portal.interfaces.rest.system.SystemRequest;
import vn.gov.moh.soc.portal.interfaces.web.FieldMessages;
import vn.gov.moh.soc.portal.interfaces.web.security.BrowserCaller;

/**
 * Adding and editing a system. Whether the page offers to save is the access policy's answer; the
 * service asks it again when saving, so a forged submission is refused all the same.
 */
@Named("systemForm")
@ViewScoped
public class SystemFormBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "form";

    @Inject
    InventoryService inventory;
    @Inject
    BrowserCaller me;
    @Inject
    Validator validator;

    private Long id;
    private SystemEditing editing = SystemEditing.NOTHING;

    /** The view action: loads the system named by {@code ?id=}, or starts a new one. */
    public void load() {
        Caller caller = me.caller();
        if (id != null) {
            editing = SystemEditing.load(inventory, caller, id, FORM);
            return;
        }
        editing = new SystemEditing(SystemForm.blank(caller.unit() == null ? null : caller.unit().value()), me.isMayChange());
    }

    /** Saves through the inventory; on success goes on to the level wizard of the saved system. */
    public void save() throws IOException {
        SystemRequest request = editing.form().toRequest();
        Set<ConstraintViolation<SystemRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            violations.forEach(v -> FieldMessages.field(FORM, v.getPropertyPath().toString(), v.getMessage()));
            return;
        }
        try {
            InformationSystem saved = id == null
                    ? inventory.create(me.caller(), request.toDomain())
                    : inventory.update(me.caller(), new SystemId(id), request.toDomain());
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            FieldMessages.info("system.saved");
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/level.xhtml?id=" + saved.id().value());
        } catch (InvalidFieldException | AccessDeniedException | NotFoundException e) {
            FieldMessages.refused(FORM, e);
        }
    }

    /** The units the user may put a system under. */
    public List<Unit> getOwners() {
        UnitHierarchy tree = inventory.units();
        Caller caller = me.caller();
        return tree.all().stream().filter(u -> AccessPolicy.canChange(caller, u.id(), tree) || u.id().value().equals(editing.form().getOwner()))
                .sorted(Comparator.comparing(Unit::name)).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SystemForm getForm() {
        return editing.form();
    }

    public boolean isEditable() {
        return editing.editable();
    }
}
