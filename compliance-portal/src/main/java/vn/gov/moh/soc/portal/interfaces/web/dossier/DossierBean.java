package vn.gov.moh.soc.portal.interfaces.web.dossier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.ConflictException;
import vn.gov.moh.soc.portal.application.DossierService;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.NotFoundException;
import vn.gov.moh.soc.portal.domain.model.attachment.Attachment;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentKind;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentRejectedException;
import vn.gov.moh.soc.portal.domain.model.dossier.Dossier;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierAction;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierContent;
import vn.gov.moh.soc.portal.domain.model.dossier.IncompleteDossierException;
import vn.gov.moh.soc.portal.domain.model.dossier.WorkflowException;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.interfaces.web.FieldMessages;
import vn.gov.moh.soc.portal.interfaces.web.security.BrowserCaller;

/**
 * The level-proposal dossier (hồ sơ đề xuất cấp độ) of one system: open it, write its parts
 * (Decree 85, Art. 15), attach documents, take the workflow's steps. Every step is one call of
 * {@link DossierService}, which decides who may do what; the page offers only the steps it allows.
 */
@Named("dossierPage")
@ViewScoped
public class DossierBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "dossier";

    @Inject
    DossierService dossiers;
    @Inject
    BrowserCaller me;

    private Long system;
    private Dossier dossier;
    private String overview;
    private String levelJustification;
    private String securityPlan;
    private String specialistOpinion;
    private AttachmentKind kind = AttachmentKind.DESIGN_DOCUMENT;
    private transient UploadedFile file;
    private String note;

    /** The view action: the system's open dossier, else its latest one, else nothing yet. */
    public void load() {
        try {
            List<Dossier> all = dossiers.list(me.caller(), new SystemId(system == null ? 0 : system));
            all.stream().filter(d -> d.state().open()).findFirst().or(() -> all.stream().findFirst()).ifPresent(this::show);
        } catch (InvalidFieldException | AccessDeniedException | NotFoundException e) {
            FieldMessages.refused(FORM, e);
        } catch (IllegalArgumentException e) {
            FieldMessages.refused(FORM, new NotFoundException(e.getMessage()));
        }
    }

    public void open() {
        act(() -> show(dossiers.create(me.caller(), new SystemId(system), content())));
    }

    public void save() {
        act(() -> {
            show(dossiers.update(me.caller(), dossier.id(), content()));
            FieldMessages.info("dossier.saved");
        });
    }

    public void upload() {
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            FieldMessages.field(FORM, "file", FieldMessages.text("dossier.noFile"));
            return;
        }
        act(() -> {
            try (InputStream in = file.getInputStream()) {
                dossiers.attach(me.caller(), dossier.id(), kind, file.getFileName(), in);
            } catch (IOException e) {
                throw new IllegalStateException("reading the upload failed: " + e.getMessage(), e);
            }
            show(dossiers.read(me.caller(), dossier.id()));
            FieldMessages.info("dossier.attached");
        });
    }

    /** Takes a step of the workflow; submitting saves the written parts first. */
    public void perform(DossierAction action) {
        act(() -> {
            if (action.submits() && dossier.state().editable()) {
                dossier = dossiers.update(me.caller(), dossier.id(), content());
            }
            show(dossiers.perform(me.caller(), dossier.id(), action, note));
            note = null;
            FieldMessages.info("dossier.done");
        });
    }

    private void act(Runnable step) {
        try {
            step.run();
        } catch (IncompleteDossierException e) {
            for (Map.Entry<String, String> f : e.fields().entrySet()) {
                FieldMessages.field(FORM, f.getKey(), f.getValue());
            }
        } catch (AttachmentRejectedException e) {
            FieldMessages.field(FORM, "file", e.getMessage());
        } catch (WorkflowException | ConflictException e) {
            FieldMessages.field(FORM, null, e.getMessage());
        } catch (InvalidFieldException | AccessDeniedException | NotFoundException e) {
            FieldMessages.refused(FORM, e);
        }
    }

    private void show(Dossier d) {
        dossier = d;
        DossierContent c = d.current().content();
        overview = c.overview();
        levelJustification = c.levelJustification();
        securityPlan = c.securityPlan();
        specialistOpinion = c.specialistOpinion();
    }

    private DossierContent content() {
        return new DossierContent(overview, levelJustification, securityPlan, specialistOpinion);
    }

    // ---- what the page shows ----

    public boolean isPresent() {
        return dossier != null;
    }

    /** Whether the user may open a dossier for the system: the service decides when asked; the button follows the role. */
    public boolean isMayOpen() {
        return dossier == null && me.isMayChange();
    }

    /** Whether the written parts and attachments may be changed now by this user. */
    public boolean isEditable() {
        return dossier != null && dossier.state().editable()
                && dossiers.allowedActions(me.caller(), dossier).stream().anyMatch(DossierAction::submits);
    }

    public List<DossierAction> getActions() {
        return dossier == null ? List.of() : dossiers.allowedActions(me.caller(), dossier).stream()
                .sorted(Comparator.naturalOrder()).toList();
    }

    public String getState() {
        return dossier == null ? "" : dossier.state().name();
    }

    public String getStateName() {
        return dossier == null ? "" : FieldMessages.text("enum.DossierState." + dossier.state().name());
    }

    public int getLevel() {
        return dossier == null ? 0 : dossier.level().number();
    }

    public int getVersion() {
        return dossier == null ? 0 : dossier.current().number();
    }

    public String getAuthority() {
        if (dossier == null) {
            return "";
        }
        var a = dossiers.authority(dossier.level());
        return a.appraiser() + " / " + a.approver();
    }

    public List<AttachmentRow> getAttachments() {
        return dossier == null ? List.of() : dossiers.attachments(me.caller(), dossier.id()).stream().map(AttachmentRow::new).toList();
    }

    public List<AttachmentKind> getKinds() {
        return List.of(AttachmentKind.values());
    }

    /** One attached file: getters for EL. */
    public static final class AttachmentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String fileName;
        private final String kind;
        private final long size;
        private final String sha256;
        private final int version;

        AttachmentRow(Attachment a) {
            this.fileName = a.fileName();
            this.kind = a.kind().name();
            this.size = a.size();
            this.sha256 = a.sha256();
            this.version = a.version();
        }

        public String getFileName() {
            return fileName;
        }

        public String getKind() {
            return kind;
        }

        public long getSize() {
            return size;
        }

        public String getSha256() {
            return sha256;
        }

        public int getVersion() {
            return version;
        }
    }

    // ---- form properties ----

    public Long getSystem() {
        return system;
    }

    public void setSystem(Long system) {
        this.system = system;
    }

    public String getOverview() {
        return overview;
    }

    public void setOverview(String overview) {
        this.overview = overview;
    }

    public String getLevelJustification() {
        return levelJustification;
    }

    public void setLevelJustification(String levelJustification) {
        this.levelJustification = levelJustification;
    }

    public String getSecurityPlan() {
        return securityPlan;
    }

    public void setSecurityPlan(String securityPlan) {
        this.securityPlan = securityPlan;
    }

    public String getSpecialistOpinion() {
        return specialistOpinion;
    }

    public void setSpecialistOpinion(String specialistOpinion) {
        this.specialistOpinion = specialistOpinion;
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public void setKind(AttachmentKind kind) {
        this.kind = kind;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
