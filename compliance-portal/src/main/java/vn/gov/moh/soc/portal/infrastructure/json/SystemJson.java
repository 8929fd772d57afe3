package vn.gov.moh.soc.portal.infrastructure.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.level.Decree85Criteria;
import vn.gov.moh.soc.portal.domain.model.level.LevelDetermination;
import vn.gov.moh.soc.portal.domain.model.level.Reason;
import vn.gov.moh.soc.portal.domain.model.system.Audience;
import vn.gov.moh.soc.portal.domain.model.system.ClassificationProfile;
import vn.gov.moh.soc.portal.domain.model.system.IndustrialControl;
import vn.gov.moh.soc.portal.domain.model.system.InformationCategory;
import vn.gov.moh.soc.portal.domain.model.system.InformationProcessed;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.InfrastructureRole;
import vn.gov.moh.soc.portal.domain.model.system.NetworkAddress;
import vn.gov.moh.soc.portal.domain.model.system.OnlinePublicService;
import vn.gov.moh.soc.portal.domain.model.system.StateSecretGrade;
import vn.gov.moh.soc.portal.domain.model.system.SystemComponent;
import vn.gov.moh.soc.portal.domain.model.system.SystemScope;

/** Writes and reads the JSON form; reading is only of what this class wrote (stored documents). */
public final class SystemJson {
    private SystemJson() {
    }

    public static JsonObject system(InformationSystem s) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (s.id() != null) {
            b.add("id", s.id().value());
        }
        return b.add("name", s.name())
                .add("owner", s.owner().value())
                .add("operator", nullToEmpty(s.operator()))
                .add("purpose", nullToEmpty(s.purpose()))
                .add("profile", profile(s.profile()))
                .add("components", components(s.components()))
                .build();
    }

    public static JsonObject profile(ClassificationProfile p) {
        JsonArrayBuilder categories = Json.createArrayBuilder();
        EnumSet<InformationCategory> sorted = p.information().categories().isEmpty()
                ? EnumSet.noneOf(InformationCategory.class) : EnumSet.copyOf(p.information().categories());
        sorted.forEach(c -> categories.add(c.name()));
        return Json.createObjectBuilder()
                .add("information", Json.createObjectBuilder()
                        .add("categories", categories)
                        .add("personalDataSubjects", p.information().personalDataSubjects())
                        .add("stateSecret", p.information().stateSecret().name()))
                .add("audience", p.audience().name())
                .add("onlineService", p.onlineService().name())
                .add("conditionalBusinessService", p.conditionalBusinessService())
                .add("scope", p.scope().name())
                .add("infrastructure", p.infrastructure().name())
                .add("industrialControl", p.industrialControl().name())
                .add("nationallyCritical", p.nationallyCritical())
                .build();
    }

    public static JsonArray components(List<SystemComponent> components) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (SystemComponent c : components) {
            JsonArrayBuilder hosts = Json.createArrayBuilder();
            c.hostNames().forEach(hosts::add);
            JsonArrayBuilder addresses = Json.createArrayBuilder();
            c.addresses().forEach(x -> addresses.add(x.toString()));
            JsonObjectBuilder o = Json.createObjectBuilder().add("name", c.name()).add("hostNames", hosts).add("addresses", addresses);
            c.ownProfile().ifPresent(p -> o.add("profile", profile(p)));
            a.add(o);
        }
        return a.build();
    }

    public static JsonObject determination(LevelDetermination d) {
        return Json.createObjectBuilder()
                .add("level", d.level().number())
                .add("levelTerm", Decree85Criteria.legalTerm(d.level()))
                .add("reasons", reasons(d.reasons()))
                .add("alsoMatched", reasons(d.alsoMatched()))
                .build();
    }

    public static JsonArray reasons(List<Reason> reasons) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (Reason r : reasons) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("criterion", r.criterion().id())
                    .add("reference", r.criterion().reference().toString())
                    .add("level", r.level().number())
                    .add("confirmation", r.criterion().confirmation().name())
                    .add("explanation", r.explanation());
            if (r.component() != null) {
                o.add("component", r.component());
            }
            a.add(o);
        }
        return a.build();
    }

    public static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    public static ClassificationProfile readProfile(JsonObject o) {
        JsonObject info = o.getJsonObject("information");
        Set<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);
        for (JsonValue v : info.getJsonArray("categories")) {
            categories.add(InformationCategory.valueOf(((JsonString) v).getString()));
        }
        return new ClassificationProfile(
                new InformationProcessed(categories, info.getJsonNumber("personalDataSubjects").longValue(),
                        StateSecretGrade.valueOf(info.getString("stateSecret"))),
                Audience.valueOf(o.getString("audience")),
                OnlinePublicService.valueOf(o.getString("onlineService")),
                o.getBoolean("conditionalBusinessService"),
                SystemScope.valueOf(o.getString("scope")),
                InfrastructureRole.valueOf(o.getString("infrastructure")),
                IndustrialControl.valueOf(o.getString("industrialControl")),
                o.getBoolean("nationallyCritical"));
    }

    public static List<SystemComponent> readComponents(JsonArray a) {
        List<SystemComponent> result = new ArrayList<>();
        for (JsonValue v : a) {
            JsonObject c = v.asJsonObject();
            List<String> hosts = c.getJsonArray("hostNames").getValuesAs(JsonString::getString);
            List<NetworkAddress> addresses = c.getJsonArray("addresses").getValuesAs(JsonString::getString)
                    .stream().map(NetworkAddress::parse).toList();
            ClassificationProfile own = c.containsKey("profile") ? readProfile(c.getJsonObject("profile")) : null;
            result.add(new SystemComponent(c.getString("name"), hosts, addresses, own));
        }
        return result;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
