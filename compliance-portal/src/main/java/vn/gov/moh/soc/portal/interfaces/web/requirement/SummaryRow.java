package vn.gov.moh.soc.portal.interfaces.web.requirement;

import java.io.Serializable;
import vn.gov.moh.soc.portal.domain.model.requirement.Checklist;

/** The checklist's counts, overall or of one group, as the page shows them. */
public final class SummaryRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String titleVi;
    private final String titleEn;
    private final int applicable;
    private final int compliant;
    private final int partial;
    private final int nonCompliant;
    private final int notApplicable;
    private final int notAssessed;
    private final int percentCompliant;

    SummaryRow(String code, String titleVi, String titleEn, Checklist.Summary s) {
        this.code = code;
        this.titleVi = titleVi;
        this.titleEn = titleEn;
        this.applicable = s.applicable();
        this.compliant = s.compliant();
        this.partial = s.partial();
        this.nonCompliant = s.nonCompliant();
        this.notApplicable = s.notApplicable();
        this.notAssessed = s.notAssessed();
        this.percentCompliant = s.percentCompliant();
    }

    public String getCode() {
        return code;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public int getApplicable() {
        return applicable;
    }

    public int getCompliant() {
        return compliant;
    }

    public int getPartial() {
        return partial;
    }

    public int getNonCompliant() {
        return nonCompliant;
    }

    public int getNotApplicable() {
        return notApplicable;
    }

    public int getNotAssessed() {
        return notAssessed;
    }

    public int getPercentCompliant() {
        return percentCompliant;
    }
}
