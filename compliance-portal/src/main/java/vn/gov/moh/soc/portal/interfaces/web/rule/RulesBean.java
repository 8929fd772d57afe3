package vn.gov.moh.soc.portal.interfaces.web.rule;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.file.UploadedFile;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.NotFoundException;
import vn.gov.moh.soc.portal.application.pipeline.InvalidRuleException;
import vn.gov.moh.soc.portal.application.pipeline.RuleOverview;
import vn.gov.moh.soc.portal.application.pipeline.RuleOverviewService;
import vn.gov.moh.soc.portal.application.pipeline.RuleService;
import vn.gov.moh.soc.portal.application.pipeline.RuleValidation;
import vn.gov.moh.soc.portal.interfaces.web.FieldMessages;
import vn.gov.moh.soc.portal.interfaces.web.security.BrowserCaller;

/**
 * The rules page. The list is {@link RuleOverviewService}'s; the editor validates with
 * {@link RuleService#validate} and publishes or disables with {@link RuleService}, the same calls
 * as {@code /api/rules}, so the same roles apply (analysts and admins change, auditors read).
 */
@Named("rules")
@ViewScoped
public class RulesBean implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "editor";

    @Inject
    RuleOverviewService overview;
    @Inject
    RuleService service;
    @Inject
    BrowserCaller me;

    private List<RuleRow> rows = List.of();
    private String countsUnavailable;
    private String yaml = "";
    private String editing;
    private List<String> problems = List.of();
    private String checked;
    private transient UploadedFile file;

    public void load() {
        try {
            RuleOverview o = overview.overview(me.caller());
            rows = o.rules().stream().map(RuleRow::of).toList();
            countsUnavailable = o.countsUnavailable();
        } catch (AccessDeniedException e) {
            FieldMessages.refused(FORM, e);
        }
    }

    /** Whether the user may change rules: the page shows the editor and the buttons only then. */
    public boolean isMayEdit() {
        return me.caller().is(Caller.ANALYST) || me.caller().is(Caller.ADMIN);
    }

    public void newRule() {
        editing = null;
        yaml = "";
        problems = List.of();
        checked = null;
    }

    public void edit(RuleRow row) {
        try {
            yaml = service.read(me.caller(), row.id()).yaml();
            editing = row.id();
            problems = List.of();
            checked = null;
        } catch (AccessDeniedException | NotFoundException e) {
            FieldMessages.refused(FORM, e);
        }
    }

    /** Reads an uploaded .yml into the editor; it is validated and published like pasted text. */
    public void upload() {
        if (file == null || file.getSize() == 0) {
            FieldMessages.field(FORM, "file", FieldMessages.text("rules.emptyFile"));
            return;
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".yml") || name.endsWith(".yaml"))) {
            FieldMessages.field(FORM, "file", FieldMessages.text("rules.notYaml"));
            return;
        }
        if (file.getSize() > RuleValidation.MAX_CHARS) {
            FieldMessages.field(FORM, "file", FieldMessages.text("rules.tooLarge"));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            yaml = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
            problems = List.of();
            checked = null;
        } catch (CharacterCodingException e) {
            FieldMessages.field(FORM, "file", FieldMessages.text("rules.notUtf8"));
        } catch (IOException e) {
            FieldMessages.field(FORM, "file", e.getMessage());
        }
    }

    public void validate() {
        try {
            RuleValidation.ValidRule valid = service.validate(me.caller(), yaml, editing);
            problems = List.of();
            checked = valid.id() + " · " + valid.title();
        } catch (InvalidRuleException e) {
            refused(e);
        } catch (InvalidFieldException | AccessDeniedException e) {
            checked = null;
            FieldMessages.refused(FORM, e);
        }
    }

    public void publish() {
        try {
            RuleService.Publication p = service.publish(me.caller(), yaml, editing);
            editing = p.rule().id();
            problems = List.of();
            checked = null;
            FieldMessages.info("rules.published");
            load();
        } catch (InvalidRuleException e) {
            refused(e);
        } catch (InvalidFieldException | AccessDeniedException e) {
            FieldMessages.refused(FORM, e);
        }
    }

    public void disable(RuleRow row) {
        try {
            service.disable(me.caller(), row.id());
            FieldMessages.info("rules.disabled");
            load();
        } catch (InvalidFieldException | AccessDeniedException e) {
            FieldMessages.refused(FORM, e);
        }
    }

    /** Every problem of the rule, with its line where the parser gives one, under the editor. */
    private void refused(InvalidRuleException e) {
        checked = null;
        List<String> lines = new ArrayList<>();
        for (RuleValidation.Problem p : e.problems()) {
            lines.add((p.line() > 0 ? FieldMessages.text("rules.line") + " " + p.line() + ": " : "") + p.field() + ": " + p.message());
        }
        problems = lines;
        FieldMessages.field(FORM, "yaml", lines.get(0));
    }

    public List<RuleRow> getRows() {
        return rows;
    }

    public String getCountsUnavailable() {
        return countsUnavailable;
    }

    public String getYaml() {
        return yaml;
    }

    public void setYaml(String yaml) {
        this.yaml = yaml;
    }

    public String getEditing() {
        return editing;
    }

    public List<String> getProblems() {
        return problems;
    }

    public String getChecked() {
        return checked;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
