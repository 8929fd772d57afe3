package vn.gov.moh.soc.portal.interfaces.rest.requirement;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import vn.gov.moh.soc.portal.application.SystemChecklist;
import vn.gov.moh.soc.portal.domain.model.level.Decree85Criteria;
import vn.gov.moh.soc.portal.domain.model.requirement.Checklist;
import vn.gov.moh.soc.portal.domain.model.requirement.Requirement;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementGroup;
import vn.gov.moh.soc.portal.infrastructure.json.GovernanceJson;

/** The JSON of catalog entries and checklists in responses. */
final class RequirementJson {
    private RequirementJson() {
    }

    static JsonObjectBuilder group(RequirementGroup g) {
        return Json.createObjectBuilder().add("code", g.code()).add("kind", g.kind().name()).add("kindName", g.kind().vietnameseName())
                .add("titleVi", g.titleVi()).add("titleEn", g.titleEn()).add("source", g.source()).add("confirmed", g.confirmed());
    }

    static JsonObjectBuilder requirement(Requirement r) {
        return Json.createObjectBuilder().add("code", r.code()).add("group", r.group()).add("fromLevel", r.fromLevel().number())
                .add("titleVi", r.titleVi()).add("titleEn", r.titleEn())
                .add("descriptionVi", r.descriptionVi()).add("descriptionEn", r.descriptionEn());
    }

    static JsonObject summary(Checklist.Summary s) {
        return Json.createObjectBuilder().add("applicable", s.applicable()).add("compliant", s.compliant()).add("partial", s.partial())
                .add("nonCompliant", s.nonCompliant()).add("notApplicable", s.notApplicable()).add("notAssessed", s.notAssessed())
                .add("percentCompliant", s.percentCompliant()).add("fullyCompliant", s.fullyCompliant()).build();
    }

    static JsonObject entry(Checklist.Entry e) {
        JsonObjectBuilder o = requirement(e.requirement());
        e.assessment().ifPresent(a -> o.add("assessment", GovernanceJson.assessment(a)));
        e.gap().ifPresent(g -> o.add("gap", g.name()).add("gapName", g.vietnameseName()));
        return o.build();
    }

    /** The header every checklist view starts with: system, level and where it came from, summary. */
    static JsonObjectBuilder header(SystemChecklist c) {
        Checklist list = c.checklist();
        return Json.createObjectBuilder().add("system", c.system().id().value()).add("systemName", c.system().name())
                .add("owner", c.system().owner().value()).add("level", list.level().number())
                .add("levelTerm", Decree85Criteria.legalTerm(list.level())).add("levelSource", c.levelSource().name())
                .add("catalogVersion", list.catalogVersion()).add("summary", summary(list.summary()))
                .add("openCriticalVulnerabilities", c.openCriticalVulnerabilities());
    }

    static JsonObject checklist(SystemChecklist c) {
        Checklist list = c.checklist();
        JsonArrayBuilder groups = Json.createArrayBuilder();
        for (Map.Entry<RequirementGroup, Checklist.Summary> g : list.summaryByGroup().entrySet()) {
            JsonArrayBuilder lines = Json.createArrayBuilder();
            list.entries().stream().filter(e -> e.group().equals(g.getKey())).forEach(e -> lines.add(entry(e)));
            groups.add(group(g.getKey()).add("summary", summary(g.getValue())).add("requirements", lines));
        }
        JsonArrayBuilder outside = Json.createArrayBuilder();
        list.outsideLevel().forEach(a -> outside.add(GovernanceJson.assessment(a)));
        return header(c).add("groups", groups).add("outsideLevel", outside).build();
    }

    static JsonObject gaps(SystemChecklist c) {
        JsonArrayBuilder groups = Json.createArrayBuilder();
        for (Map.Entry<RequirementGroup, List<Checklist.Entry>> g : c.checklist().gapsByGroup().entrySet()) {
            JsonArrayBuilder lines = Json.createArrayBuilder();
            g.getValue().forEach(e -> lines.add(entry(e)));
            groups.add(group(g.getKey()).add("gaps", lines));
        }
        return header(c).add("gapsByGroup", groups).build();
    }
}
