package vn.gov.moh.soc.portal.interfaces.web.requirement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.AccessPolicy;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.InventoryService;
import vn.gov.moh.soc.portal.application.NotFoundException;
import vn.gov.moh.soc.portal.application.RequirementService;
import vn.gov.moh.soc.portal.application.SystemChecklist;
import vn.gov.moh.soc.portal.domain.model.requirement.AssessmentStatus;
import vn.gov.moh.soc.portal.domain.model.requirement.Checklist;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementGroup;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.interfaces.web.FieldMessages;
import vn.gov.moh.soc.portal.interfaces.web.security.BrowserCaller;

/**
 * The requirement checklist of one system ({@code checklist.xhtml?system=}). Reading and saving
 * are calls of {@link RequirementService}, which checks the user's rights and the finding; the page
 * offers the inputs only where the access policy lets the user change the system.
 */
@Named("checklist")
@ViewScoped
public class ChecklistBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "checklist";
    /** The repeat of the lines inside the form: a line's inputs are {@code checklist:lines:<index>:<field>}. */
    private static final String LINES = FORM + ":lines:";
    private static final Set<String> LINE_INPUTS = Set.of("status", "evidence", "evidenceLink", "owner", "reason");

    @Inject
    RequirementService requirements;
    @Inject
    InventoryService inventory;
    @Inject
    BrowserCaller me;

    private Long system;
    private boolean loaded;
    private String systemName;
    private int level;
    private String levelSource;
    private String catalogVersion;
    private int openCriticalVulnerabilities;
    private boolean editable;
    private List<ChecklistLine> lines = List.of();
    private List<ChecklistLine> gaps = List.of();
    private SummaryRow summary;
    private List<SummaryRow> groupSummaries = List.of();

    /** The view action: the checklist of the system named by {@code ?system=}. */
    public void load() {
        try {
            SystemChecklist c = requirements.checklist(me.caller(), new SystemId(system == null ? 0 : system));
            editable = AccessPolicy.canChange(me.caller(), c.system().owner(), inventory.units());
            show(c);
        } catch (AccessDeniedException | NotFoundException e) {
            FieldMessages.refused(FORM, e);
        } catch (IllegalArgumentException e) {
            FieldMessages.refused(FORM, new NotFoundException(e.getMessage()));
        }
    }

    /** Records the line's finding; a refusal naming one of the line's fields is shown next to it. */
    public void save(ChecklistLine line) {
        if (line.getStatus() == null) {
            FieldMessages.fieldInRow(LINES + line.getIndex(), "status", FieldMessages.text("checklist.chooseStatus"));
            return;
        }
        try {
            show(requirements.assess(me.caller(), new SystemId(system), line.getCode(), line.finding()));
            FieldMessages.info("checklist.saved");
        } catch (InvalidFieldException e) {
            if (LINE_INPUTS.contains(e.field())) {
                FieldMessages.fieldInRow(LINES + line.getIndex(), e.field(), e.getMessage());
            } else {
                FieldMessages.refused(FORM, e);
            }
        } catch (AccessDeniedException | NotFoundException e) {
            FieldMessages.refused(FORM, e);
        }
    }

    private void show(SystemChecklist c) {
        Checklist checklist = c.checklist();
        systemName = c.system().name();
        level = checklist.level().number();
        levelSource = c.levelSource().name();
        catalogVersion = checklist.catalogVersion();
        openCriticalVulnerabilities = c.openCriticalVulnerabilities();
        List<ChecklistLine> all = new ArrayList<>();
        String group = null;
        for (Checklist.Entry e : checklist.entries()) {
            all.add(new ChecklistLine(all.size(), e, !e.group().code().equals(group)));
            group = e.group().code();
        }
        lines = all;
        gaps = all.stream().filter(l -> l.getGap() != null).toList();
        summary = new SummaryRow(null, null, null, checklist.summary());
        List<SummaryRow> byGroup = new ArrayList<>();
        checklist.summaryByGroup().forEach((RequirementGroup g, Checklist.Summary s) ->
                byGroup.add(new SummaryRow(g.code(), g.titleVi(), g.titleEn(), s)));
        groupSummaries = byGroup;
        loaded = true;
    }

    public AssessmentStatus[] getStatuses() {
        return AssessmentStatus.values();
    }

    public Long getSystem() {
        return system;
    }

    public void setSystem(Long system) {
        this.system = system;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public String getSystemName() {
        return systemName;
    }

    public int getLevel() {
        return level;
    }

    /** {@code PROPOSED} or {@code COMPUTED}: where the checklist's level comes from. */
    public String getLevelSource() {
        return levelSource;
    }

    public String getCatalogVersion() {
        return catalogVersion;
    }

    /** Critical findings of the system's latest vulnerability scan: shown as an open risk beside the checklist. */
    public int getOpenCriticalVulnerabilities() {
        return openCriticalVulnerabilities;
    }

    public boolean isEditable() {
        return editable;
    }

    public List<ChecklistLine> getLines() {
        return lines;
    }

    /** The lines not met, in catalog order (so grouped as the catalog groups them). */
    public List<ChecklistLine> getGaps() {
        return gaps;
    }

    public SummaryRow getSummary() {
        return summary;
    }

    public List<SummaryRow> getGroupSummaries() {
        return groupSummaries;
    }
}
