package vn.gov.moh.soc.portal.infrastructure.report;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import vn.gov.moh.soc.portal.domain.model.report.Report;

/** A report request as JSON: the REST API's form and the audit record's snapshot. */
public final class ReportJson {
    private ReportJson() {
    }

    public static JsonObject report(Report r) {
        JsonObjectBuilder scope = Json.createObjectBuilder();
        if (r.scope().unit() != null) {
            scope.add("unit", r.scope().unit().value());
        }
        if (r.scope().system() != null) {
            scope.add("system", r.scope().system().value());
        }
        if (r.scope().year() != null) {
            scope.add("year", r.scope().year());
        }
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", r.id().value()).add("kind", r.scope().kind().name())
                .add("title", r.scope().kind().vietnameseTitle()).add("format", r.format().name()).add("scope", scope)
                .add("scopeText", r.scope().describe()).add("requestedBy", r.requestedBy()).add("requestedAt", r.requestedAt().toString())
                .add("status", r.status().name()).add("progress", r.progress());
        if (r.visibleUnit() != null) {
            o.add("unit", r.visibleUnit().value());
        }
        if (r.startedAt() != null) {
            o.add("startedAt", r.startedAt().toString());
        }
        if (r.finishedAt() != null) {
            o.add("finishedAt", r.finishedAt().toString());
        }
        r.failureReason().ifPresent(f -> o.add("failureReason", f));
        if (r.content() != null) {
            o.add("contentType", r.content().contentType()).add("fileName", r.content().fileName()).add("size", r.content().size())
                    .add("sha256", r.content().sha256());
        }
        if (r.builtFrom() != null) {
            var b = r.builtFrom();
            o.add("builtFrom", Json.createObjectBuilder().add("dataAsOf", b.dataAsOf().toString()).add("units", b.units())
                    .add("systems", b.systems()).add("dossiers", b.dossiers()).add("drills", b.drills()).add("description", b.describe()));
        }
        return o.build();
    }
}
