package vn.gov.moh.soc.portal.infrastructure.json;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import vn.gov.moh.soc.portal.domain.model.attachment.Attachment;
import vn.gov.moh.soc.portal.domain.model.dossier.AttachedFile;
import vn.gov.moh.soc.portal.domain.model.dossier.Authority;
import vn.gov.moh.soc.portal.domain.model.dossier.Dossier;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierAction;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierComment;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierContent;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierEvent;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierVersion;
import vn.gov.moh.soc.portal.domain.model.level.Decree85Criteria;

/**
 * The JSON form of dossiers: the audit snapshot (the dossier's state and its current version, so
 * that records stay small as the history grows) and the full forms the API returns.
 */
public final class DossierJson {
    private DossierJson() {
    }

    /** What an audit record keeps of a dossier before and after a change. */
    public static JsonObject snapshot(Dossier d) {
        JsonObjectBuilder b = head(d);
        return b.add("current", version(d.current()))
                .add("versions", d.versions().size())
                .add("events", d.events().size())
                .add("comments", d.comments().size())
                .build();
    }

    /** The dossier with its current version, the actions the caller may take and the authority of its level. */
    public static JsonObject dossier(Dossier d, Collection<DossierAction> allowed, Authority authority, Instant now) {
        JsonArrayBuilder actions = Json.createArrayBuilder();
        allowed.stream().sorted().forEach(a -> actions.add(a.slug()));
        JsonArrayBuilder missing = Json.createArrayBuilder();
        if (d.state().editable()) {
            d.missingForSubmission().forEach((field, message) -> missing.add(Json.createObjectBuilder().add("field", field).add("message", message)));
        }
        return head(d)
                .add("overdue", d.overdue(now))
                .add("current", version(d.current()))
                .add("missingForSubmission", missing)
                .add("allowedActions", actions)
                .add("authority", authority(authority))
                .add("versions", d.versions().size())
                .build();
    }

    /** Every version, with its comments and the events that concerned it, and every attachment. */
    public static JsonObject history(Dossier d, List<Attachment> files) {
        JsonArrayBuilder versions = Json.createArrayBuilder();
        for (DossierVersion v : d.versions()) {
            JsonArrayBuilder events = Json.createArrayBuilder();
            d.events().stream().filter(e -> e.version() == v.number()).forEach(e -> events.add(event(e)));
            JsonArrayBuilder comments = Json.createArrayBuilder();
            d.comments().stream().filter(c -> c.version() == v.number()).forEach(c -> comments.add(comment(c)));
            versions.add(Json.createObjectBuilder(version(v)).add("events", events).add("comments", comments));
        }
        JsonArrayBuilder attachments = Json.createArrayBuilder();
        files.forEach(a -> attachments.add(attachment(a)));
        return Json.createObjectBuilder().add("id", d.id().value()).add("state", d.state().name())
                .add("versions", versions).add("attachments", attachments).build();
    }

    public static JsonObject version(DossierVersion v) {
        DossierContent c = v.content();
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (AttachedFile f : v.attachments()) {
            files.add(Json.createObjectBuilder().add("id", f.id().value()).add("kind", f.kind().name()));
        }
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("number", v.number())
                .add("proposedLevel", v.proposedLevel().number())
                .add("computedLevel", v.computedLevel().number())
                .add("levelTerm", Decree85Criteria.legalTerm(v.proposedLevel()))
                .add("overview", c.overview())
                .add("levelJustification", c.levelJustification())
                .add("securityPlan", c.securityPlan())
                .add("specialistOpinion", c.specialistOpinion())
                .add("attachments", files);
        if (v.submitted()) {
            b.add("submittedBy", v.submittedBy()).add("submittedAt", v.submittedAt().toString());
        }
        return b.build();
    }

    public static JsonObject event(DossierEvent e) {
        return Json.createObjectBuilder().add("version", e.version()).add("action", e.action().slug())
                .add("from", e.from().name()).add("to", e.to().name()).add("actor", e.actor()).add("at", e.at().toString())
                .add("note", e.note()).build();
    }

    public static JsonObject comment(DossierComment c) {
        return Json.createObjectBuilder().add("version", c.version()).add("party", c.party().name()).add("author", c.author())
                .add("at", c.at().toString()).add("text", c.text()).build();
    }

    public static JsonObject attachment(Attachment a) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (a.id() != null) {
            b.add("id", a.id().value());
        }
        return b.add("dossier", a.dossier()).add("version", a.version()).add("kind", a.kind().name())
                .add("fileName", a.fileName()).add("mediaType", a.mediaType()).add("size", a.size()).add("sha256", a.sha256())
                .add("scan", Json.createObjectBuilder().add("verdict", a.scan().verdict().name()).add("engine", a.scan().engine())
                        .add("detail", a.scan().detail()))
                .add("uploadedBy", a.uploadedBy()).add("uploadedAt", a.uploadedAt().toString()).build();
    }

    public static JsonObject authority(Authority a) {
        return Json.createObjectBuilder().add("level", a.level().number()).add("appraiser", a.appraiser()).add("approver", a.approver())
                .add("legalBasis", a.legalBasis()).add("confirmation", a.confirmation().name())
                .add("appraisalDays", a.appraisalDays()).add("approvalDays", a.approvalDays()).add("revisionDays", a.revisionDays())
                .add("note", a.note()).build();
    }

    private static JsonObjectBuilder head(Dossier d) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (d.id() != null) {
            b.add("id", d.id().value());
        }
        b.add("system", d.system().value()).add("owner", d.owner().value()).add("state", d.state().name())
                .add("stateTerm", d.state().vietnamese()).add("level", d.level().number())
                .add("createdBy", d.createdBy()).add("createdAt", d.createdAt().toString());
        if (d.dueAt() != null) {
            b.add("dueAt", d.dueAt().toString());
        }
        if (d.reReview() != null) {
            b.add("reReview", Json.createObjectBuilder().add("reason", d.reReview().reason()).add("flaggedAt", d.reReview().flaggedAt().toString()));
        }
        return b;
    }
}
