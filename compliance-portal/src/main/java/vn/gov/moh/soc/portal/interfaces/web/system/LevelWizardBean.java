package vn.gov.moh.soc.portal.interfaces.web.system;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import org.primefaces.event.FlowEvent;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.InventoryService;
import vn.gov.moh.soc.portal.application.NotFoundException;
import vn.gov.moh.soc.portal.domain.model.level.Confirmation;
import vn.gov.moh.soc.portal.domain.model.level.Criterion;
import vn.gov.moh.soc.portal.domain.model.level.Decree85Criteria;
import vn.gov.moh.soc.portal.domain.model.level.LevelDetermination;
import vn.gov.moh.soc.portal.domain.model.level.LevelProposal;
import vn.gov.moh.soc.portal.domain.model.level.Reason;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.interfaces.web.FieldMessages;
import vn.gov.moh.soc.portal.interfaces.web.security.BrowserCaller;

/**
 * The level-determination wizard of one system: the attributes step by step, then the level the
 * criteria table gives with its reasons, then the officer's proposal (that level, or another one
 * with a justification), saved in one transaction: the system's attributes, then the proposal.
 */
@Named("levelWizard")
@ViewScoped
public class LevelWizardBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "wizard";
    static final String RESULT_STEP = "result";

    @Inject
    InventoryService inventory;
    @Inject
    BrowserCaller me;

    private Long id;
    private SystemEditing editing = SystemEditing.NOTHING;
    private LevelDetermination determination;
    private Integer proposedLevel;
    private String justification;
    private LevelProposal saved;

    public void load() {
        editing = SystemEditing.load(inventory, me.caller(), id == null ? 0 : id, FORM);
    }

    /** Computes the level when the wizard reaches its last step; stays put when the attributes do not hold together. */
    public String onFlow(FlowEvent event) {
        if (!RESULT_STEP.equals(event.getNewStep())) {
            return event.getNewStep();
        }
        try {
            determination = inventory.determine(editing.form().toRequest().toDomain());
            return event.getNewStep();
        } catch (InvalidFieldException e) {
            FieldMessages.field(FORM, e.field(), e.getMessage());
            return event.getOldStep();
        }
    }

    public void save() {
        SecurityLevel other = proposedLevel == null || proposedLevel == 0 ? null : SecurityLevel.of(proposedLevel);
        try {
            saved = inventory.reviseAndProposeLevel(me.caller(), new SystemId(id), editing.form().toRequest().toDomain(), other, justification);
            determination = saved.computed();
            FieldMessages.info("level.saved");
        } catch (InvalidFieldException | AccessDeniedException | NotFoundException e) {
            FieldMessages.refused(FORM, e);
        }
    }

    /** The reasons as the page lists them. */
    public List<ReasonView> getReasons() {
        return determination == null ? List.of() : determination.reasons().stream().map(ReasonView::new).toList();
    }

    public List<ReasonView> getAlsoMatched() {
        return determination == null ? List.of() : determination.alsoMatched().stream().map(ReasonView::new).toList();
    }

    public String getComputedLevel() {
        return determination == null ? "" : Decree85Criteria.legalTerm(determination.level());
    }

    public int getComputedNumber() {
        return determination == null ? 0 : determination.level().number();
    }

    public String getSavedLevel() {
        return saved == null ? "" : Decree85Criteria.legalTerm(saved.proposed());
    }

    /** One reason: the legal reference, whether its text was confirmed, the condition and the component it came from. */
    public static final class ReasonView implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String level;
        private final int article;
        private final int clause;
        private final String point;
        private final String condition;
        private final boolean confirmed;
        private final String component;

        ReasonView(Reason r) {
            this.level = Decree85Criteria.legalTerm(r.level());
            this.article = r.criterion().reference().article();
            this.clause = r.criterion().reference().clause();
            this.point = r.criterion().reference().point();
            this.condition = condition(r.criterion());
            this.confirmed = r.criterion().confirmation() == Confirmation.CONFIRMED;
            this.component = r.component();
        }

        /**
         * The criterion's condition in the page's language: the bundle's {@code criterion.<id>}, else
         * the domain's own (English) words.
         */
        static String condition(Criterion c) {
            try {
                return FieldMessages.text("criterion." + c.id());
            } catch (java.util.MissingResourceException e) {
                return c.condition();
            }
        }

        public String getLevel() {
            return level;
        }

        /** "Điều 9, khoản 2, điểm c Nghị định 85/2016/NĐ-CP" in the page's language. */
        public String getReference() {
            String clauseText = clause > 0 ? MessageFormat.format(FieldMessages.text("level.clause"), clause) : "";
            String pointText = point == null ? "" : MessageFormat.format(FieldMessages.text("level.point"), point);
            return MessageFormat.format(FieldMessages.text("level.reference"), article, clauseText, pointText);
        }

        public int getArticle() {
            return article;
        }

        public int getClause() {
            return clause;
        }

        public String getPoint() {
            return point;
        }

        public String getCondition() {
            return condition;
        }

        public boolean isConfirmed() {
            return confirmed;
        }

        public String getComponent() {
            return component;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSystemName() {
        return editing.form() == null ? null : editing.form().getName();
    }

    public SystemForm getForm() {
        return editing.form();
    }

    public boolean isEditable() {
        return editing.editable();
    }

    public Integer getProposedLevel() {
        return proposedLevel;
    }

    public void setProposedLevel(Integer proposedLevel) {
        this.proposedLevel = proposedLevel;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public LevelProposal getSaved() {
        return saved;
    }
}
