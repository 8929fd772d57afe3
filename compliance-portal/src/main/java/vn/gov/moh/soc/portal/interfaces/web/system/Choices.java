package vn.gov.moh.soc.portal.interfaces.web.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import vn.gov.moh.soc.portal.domain.model.system.Audience;
import vn.gov.moh.soc.portal.domain.model.system.IndustrialControl;
import vn.gov.moh.soc.portal.domain.model.system.InformationCategory;
import vn.gov.moh.soc.portal.domain.model.system.InfrastructureRole;
import vn.gov.moh.soc.portal.domain.model.system.OnlinePublicService;
import vn.gov.moh.soc.portal.domain.model.system.StateSecretGrade;
import vn.gov.moh.soc.portal.domain.model.system.SystemScope;

/** The domain's choices for the wizard's menus; their labels are in the pages' bundle ({@code enum.<Type>.<VALUE>}). */
@Named("enums")
@ApplicationScoped
public class Choices {
    public List<InformationCategory> getInformationCategories() {
        return List.of(InformationCategory.values());
    }

    public List<StateSecretGrade> getStateSecretGrades() {
        return List.of(StateSecretGrade.values());
    }

    public List<Audience> getAudiences() {
        return List.of(Audience.values());
    }

    public List<OnlinePublicService> getOnlineServices() {
        return List.of(OnlinePublicService.values());
    }

    public List<SystemScope> getScopes() {
        return List.of(SystemScope.values());
    }

    public List<InfrastructureRole> getInfrastructureRoles() {
        return List.of(InfrastructureRole.values());
    }

    public List<IndustrialControl> getIndustrialControls() {
        return List.of(IndustrialControl.values());
    }
}
