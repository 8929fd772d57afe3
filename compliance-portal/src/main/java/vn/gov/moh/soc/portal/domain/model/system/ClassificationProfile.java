package vn.gov.moh.soc.portal.domain.model.system;

import java.util.Objects;

/**
 * The attributes of a system (or of a component that is a system of its own) that decide its
 * security level under Decree 85.
 *
 * @param information                what information it processes
 * @param audience                   whom it serves
 * @param onlineService              the online public service it provides, if any
 * @param conditionalBusinessService it provides online services in a conditional business line
 *                                   (ngành, nghề kinh doanh có điều kiện), e.g. pharmacy licensing
 * @param scope                      how far its data reaches
 * @param infrastructure             its role as information infrastructure
 * @param industrialControl          whether it controls physical operations
 * @param nationallyCritical         it is on the list of systems important to national security
 */
public record ClassificationProfile(
        InformationProcessed information,
        Audience audience,
        OnlinePublicService onlineService,
        boolean conditionalBusinessService,
        SystemScope scope,
        InfrastructureRole infrastructure,
        IndustrialControl industrialControl,
        boolean nationallyCritical) {

    public ClassificationProfile {
        Objects.requireNonNull(information, "information");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(onlineService, "onlineService");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(infrastructure, "infrastructure");
        Objects.requireNonNull(industrialControl, "industrialControl");
        if (audience == Audience.INTERNAL && onlineService != OnlinePublicService.NONE) {
            throw new IllegalArgumentException("an internal system provides no online public service: " + onlineService);
        }
        if (audience == Audience.INTERNAL && conditionalBusinessService) {
            throw new IllegalArgumentException("an internal system provides no service in a conditional business line");
        }
    }

    /** An internal, single-unit system processing only public information: the starting point of the builders in tests and forms. */
    public static ClassificationProfile internalPublic() {
        return new ClassificationProfile(InformationProcessed.publicOnly(), Audience.INTERNAL, OnlinePublicService.NONE,
                false, SystemScope.SINGLE_UNIT, InfrastructureRole.NONE, IndustrialControl.NONE, false);
    }

    public ClassificationProfile withInformation(InformationProcessed value) {
        return new ClassificationProfile(value, audience, onlineService, conditionalBusinessService, scope, infrastructure, industrialControl, nationallyCritical);
    }

    public ClassificationProfile servingCitizens(OnlinePublicService service, boolean conditionalBusiness) {
        return new ClassificationProfile(information, Audience.CITIZENS_AND_BUSINESSES, service, conditionalBusiness, scope, infrastructure, industrialControl, nationallyCritical);
    }

    public ClassificationProfile withScope(SystemScope value) {
        return new ClassificationProfile(information, audience, onlineService, conditionalBusinessService, value, infrastructure, industrialControl, nationallyCritical);
    }

    public ClassificationProfile withInfrastructure(InfrastructureRole value) {
        return new ClassificationProfile(information, audience, onlineService, conditionalBusinessService, scope, value, industrialControl, nationallyCritical);
    }

    public ClassificationProfile withIndustrialControl(IndustrialControl value) {
        return new ClassificationProfile(information, audience, onlineService, conditionalBusinessService, scope, infrastructure, value, nationallyCritical);
    }

    public ClassificationProfile withNationallyCritical(boolean value) {
        return new ClassificationProfile(information, audience, onlineService, conditionalBusinessService, scope, infrastructure, industrialControl, value);
    }
}
