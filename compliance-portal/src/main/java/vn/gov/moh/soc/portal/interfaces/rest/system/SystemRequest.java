package vn.gov.moh.soc.portal.interfaces.rest.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
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
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * A system as an officer submits it. Classes with fields, not records: Payara 6.2025.10's OpenAPI
 * generator fails on Bean Validation annotations that records copy onto their constructor.
 * Bean Validation checks the form; {@link #toDomain()} then
 * lets the domain check the rest (addresses, host names, consistency), naming the field it refused.
 */
public class SystemRequest {
    @NotBlank @Size(max = 300) public String name;
    @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") @Size(max = 64) public String owner;
    @Size(max = 300) public String operator;
    @Size(max = 2000) public String purpose;
    @NotNull @Valid public Profile profile;
    @Size(max = 200) public List<@NotNull @Valid Component> components;

    public static class Profile {
        @NotNull @Valid public Information information;
        @NotNull public Audience audience;
        public OnlinePublicService onlineService;
        public boolean conditionalBusinessService;
        @NotNull public SystemScope scope;
        public InfrastructureRole infrastructure;
        public IndustrialControl industrialControl;
        public boolean nationallyCritical;

        public static Profile of(ClassificationProfile p) {
            Profile r = new Profile();
            r.information = new Information();
            r.information.categories = new java.util.HashSet<>(p.information().categories());
            r.information.personalDataSubjects = p.information().personalDataSubjects();
            r.information.stateSecret = p.information().stateSecret();
            r.audience = p.audience();
            r.onlineService = p.onlineService();
            r.conditionalBusinessService = p.conditionalBusinessService();
            r.scope = p.scope();
            r.infrastructure = p.infrastructure();
            r.industrialControl = p.industrialControl();
            r.nationallyCritical = p.nationallyCritical();
            return r;
        }
    }

    public static class Information {
        @NotNull public Set<@NotNull InformationCategory> categories;
        @PositiveOrZero public long personalDataSubjects;
        public StateSecretGrade stateSecret;
    }

    public static class Component {
        @NotBlank @Size(max = 200) public String name;
        @Size(max = 100) public List<@NotBlank @Size(max = 253) String> hostNames;
        @Size(max = 100) public List<@NotBlank @Size(max = 100) String> addresses;
        @Valid public Profile profile;
    }

    /** The request that would save this system as it is: what an edit form starts from. */
    public static SystemRequest of(InformationSystem system) {
        SystemRequest r = new SystemRequest();
        r.name = system.name();
        r.owner = system.owner().value();
        r.operator = system.operator();
        r.purpose = system.purpose();
        r.profile = Profile.of(system.profile());
        r.components = new ArrayList<>();
        for (SystemComponent c : system.components()) {
            Component k = new Component();
            k.name = c.name();
            k.hostNames = new ArrayList<>(c.hostNames());
            k.addresses = new ArrayList<>(c.addresses().stream().map(NetworkAddress::toString).toList());
            k.profile = c.ownProfile().map(Profile::of).orElse(null);
            r.components.add(k);
        }
        return r;
    }

    public InformationSystem toDomain() {
        List<SystemComponent> parts = new ArrayList<>();
        List<Component> given = components == null ? List.of() : components;
        for (int i = 0; i < given.size(); i++) {
            Component c = given.get(i);
            String at = "components[" + i + "]";
            List<NetworkAddress> addresses = new ArrayList<>();
            List<String> texts = c.addresses == null ? List.of() : c.addresses;
            for (int j = 0; j < texts.size(); j++) {
                try {
                    addresses.add(NetworkAddress.parse(texts.get(j)));
                } catch (IllegalArgumentException e) {
                    throw new InvalidFieldException(at + ".addresses[" + j + "]", e.getMessage());
                }
            }
            ClassificationProfile own = c.profile == null ? null : profile(c.profile, at + ".profile");
            try {
                parts.add(new SystemComponent(c.name, c.hostNames, addresses, own));
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException(at + ".hostNames", e.getMessage());
            }
        }
        try {
            return new InformationSystem(null, name, UnitId.of(owner), operator, purpose, profile(profile, "profile"), parts);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("components", e.getMessage());
        }
    }

    private static ClassificationProfile profile(Profile p, String at) {
        InformationProcessed info;
        try {
            info = new InformationProcessed(p.information.categories, p.information.personalDataSubjects,
                    p.information.stateSecret == null ? StateSecretGrade.NONE : p.information.stateSecret);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(at + ".information", e.getMessage());
        }
        try {
            return new ClassificationProfile(info, p.audience,
                    p.onlineService == null ? OnlinePublicService.NONE : p.onlineService,
                    p.conditionalBusinessService, p.scope,
                    p.infrastructure == null ? InfrastructureRole.NONE : p.infrastructure,
                    p.industrialControl == null ? IndustrialControl.NONE : p.industrialControl,
                    p.nationallyCritical);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(at + ".onlineService", e.getMessage());
        }
    }
}
