package vn.gov.moh.soc.portal.interfaces.rest.report;

import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.domain.model.report.ReportFormat;
import vn.gov.moh.soc.portal.domain.model.report.ReportKind;
import vn.gov.moh.soc.portal.domain.model.report.ReportScope;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.interfaces.rest.RequestFields;

/**
 * {@code POST /reports}: {@code {kind, format, unit?, system?, year?}}; the kind says which one of
 * unit, system and year it needs. A class with fields (not a record): see the README on Payara's
 * OpenAPI generator.
 */
public class ReportRequest {
    public String kind;
    public String format;
    public String unit;
    public Long system;
    public Integer year;

    ReportScope scope() {
        ReportKind k = RequestFields.choice(ReportKind.class, "kind", kind);
        SystemId s = null;
        if (system != null) {
            s = RequestFields.domain("system", () -> new SystemId(system));
        }
        try {
            return new ReportScope(k, RequestFields.optionalUnit("unit", unit), s, year);
        } catch (ReportScope.InvalidScopeException e) {
            throw new InvalidFieldException(e.field(), e.getMessage());
        }
    }

    ReportFormat reportFormat() {
        return RequestFields.choice(ReportFormat.class, "format", format);
    }
}
