package vn.gov.moh.soc.portal.interfaces.web.system;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import vn.gov.moh.soc.portal.domain.model.system.Audience;
import vn.gov.moh.soc.portal.domain.model.system.ClassificationProfile;
import vn.gov.moh.soc.portal.domain.model.system.IndustrialControl;
import vn.gov.moh.soc.portal.domain.model.system.InformationCategory;
import vn.gov.moh.soc.portal.domain.model.system.InfrastructureRole;
import vn.gov.moh.soc.portal.domain.model.system.OnlinePublicService;
import vn.gov.moh.soc.portal.domain.model.system.StateSecretGrade;
import vn.gov.moh.soc.portal.domain.model.system.SystemScope;
import vn.gov.moh.soc.portal.interfaces.rest.system.SystemRequest;

/**
 * A system as the form and the wizard edit it: the REST API's {@link SystemRequest} behind getters
 * and setters (Jakarta EL reads properties, not fields), components with their host names and
 * addresses one per line. The request's own checks and {@link SystemRequest#toDomain()} decide
 * what is valid, with the same field paths as the API's errors.
 */
public final class SystemForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private final SystemRequest request;
    private final List<ComponentForm> components = new ArrayList<>();

    private SystemForm(SystemRequest request) {
        this.request = request;
        for (SystemRequest.Component c : request.components == null ? List.<SystemRequest.Component>of() : request.components) {
            components.add(new ComponentForm(c));
        }
    }

    public static SystemForm of(SystemRequest request) {
        return new SystemForm(request);
    }

    /** A new system of the given owner: internal, single unit, public information only, until the wizard says otherwise. */
    public static SystemForm blank(String owner) {
        SystemRequest r = new SystemRequest();
        r.owner = owner;
        r.components = new ArrayList<>();
        SystemRequest.Profile p = SystemRequest.Profile.of(ClassificationProfile.internalPublic());
        r.profile = p;
        return new SystemForm(r);
    }

    /** The request to send to the application, with the components as edited. */
    public SystemRequest toRequest() {
        request.components = new ArrayList<>(components.stream().map(ComponentForm::toRequest).toList());
        return request;
    }

    public List<ComponentForm> getComponents() {
        return components;
    }

    public void addComponent() {
        components.add(new ComponentForm(new SystemRequest.Component()));
    }

    public void removeComponent(ComponentForm c) {
        components.remove(c);
    }

    public String getName() {
        return request.name;
    }

    public void setName(String v) {
        request.name = v;
    }

    public String getOwner() {
        return request.owner;
    }

    public void setOwner(String v) {
        request.owner = v;
    }

    public String getOperator() {
        return request.operator;
    }

    public void setOperator(String v) {
        request.operator = v;
    }

    public String getPurpose() {
        return request.purpose;
    }

    public void setPurpose(String v) {
        request.purpose = v;
    }

    // ---- the classification profile, step by step in the wizard ----

    public InformationCategory[] getCategories() {
        return request.profile.information.categories.toArray(new InformationCategory[0]);
    }

    public void setCategories(InformationCategory[] v) {
        request.profile.information.categories = v == null || v.length == 0 ? EnumSet.noneOf(InformationCategory.class)
                : EnumSet.copyOf(Arrays.asList(v));
    }

    public long getPersonalDataSubjects() {
        return request.profile.information.personalDataSubjects;
    }

    public void setPersonalDataSubjects(long v) {
        request.profile.information.personalDataSubjects = v;
    }

    public StateSecretGrade getStateSecret() {
        return request.profile.information.stateSecret;
    }

    public void setStateSecret(StateSecretGrade v) {
        request.profile.information.stateSecret = v;
    }

    public Audience getAudience() {
        return request.profile.audience;
    }

    public void setAudience(Audience v) {
        request.profile.audience = v;
    }

    public OnlinePublicService getOnlineService() {
        return request.profile.onlineService;
    }

    public void setOnlineService(OnlinePublicService v) {
        request.profile.onlineService = v;
    }

    public boolean isConditionalBusinessService() {
        return request.profile.conditionalBusinessService;
    }

    public void setConditionalBusinessService(boolean v) {
        request.profile.conditionalBusinessService = v;
    }

    public SystemScope getScope() {
        return request.profile.scope;
    }

    public void setScope(SystemScope v) {
        request.profile.scope = v;
    }

    public InfrastructureRole getInfrastructure() {
        return request.profile.infrastructure;
    }

    public void setInfrastructure(InfrastructureRole v) {
        request.profile.infrastructure = v;
    }

    public IndustrialControl getIndustrialControl() {
        return request.profile.industrialControl;
    }

    public void setIndustrialControl(IndustrialControl v) {
        request.profile.industrialControl = v;
    }

    public boolean isNationallyCritical() {
        return request.profile.nationallyCritical;
    }

    public void setNationallyCritical(boolean v) {
        request.profile.nationallyCritical = v;
    }

    /** One component: host names and addresses are edited one per line. */
    public static final class ComponentForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final SystemRequest.Component component;

        ComponentForm(SystemRequest.Component component) {
            this.component = component;
        }

        SystemRequest.Component toRequest() {
            return component;
        }

        public String getName() {
            return component.name;
        }

        public void setName(String v) {
            component.name = v;
        }

        public String getHostNames() {
            return component.hostNames == null ? "" : String.join("\n", component.hostNames);
        }

        public void setHostNames(String v) {
            component.hostNames = lines(v);
        }

        public String getAddresses() {
            return component.addresses == null ? "" : String.join("\n", component.addresses);
        }

        public void setAddresses(String v) {
            component.addresses = lines(v);
        }

        private static List<String> lines(String text) {
            if (text == null) {
                return new ArrayList<>();
            }
            return new ArrayList<>(text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
        }
    }
}
