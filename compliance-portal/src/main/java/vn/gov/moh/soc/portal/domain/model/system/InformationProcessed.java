package vn.gov.moh.soc.portal.domain.model.system;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What information a system processes.
 *
 * @param categories           public, private and/or personal information
 * @param personalDataSubjects how many people its personal information is about (0 when none);
 *                             the 10,000 threshold of Art. 8–9 reads it
 * @param stateSecret          the highest grade of state secret processed
 */
public record InformationProcessed(Set<InformationCategory> categories, long personalDataSubjects, StateSecretGrade stateSecret) {
    public InformationProcessed {
        Objects.requireNonNull(stateSecret, "stateSecret");
        categories = categories == null || categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        if (categories.isEmpty() && stateSecret == StateSecretGrade.NONE) {
            throw new IllegalArgumentException("a system processes at least one class of information");
        }
        if (personalDataSubjects < 0) {
            throw new IllegalArgumentException("personalDataSubjects cannot be negative: " + personalDataSubjects);
        }
        if (personalDataSubjects > 0 && !categories.contains(InformationCategory.PERSONAL)) {
            throw new IllegalArgumentException("personalDataSubjects is given but PERSONAL information is not declared");
        }
    }

    public static InformationProcessed publicOnly() {
        return new InformationProcessed(Set.of(InformationCategory.PUBLIC), 0, StateSecretGrade.NONE);
    }

    public boolean onlyPublic() {
        return stateSecret == StateSecretGrade.NONE && categories.equals(Set.of(InformationCategory.PUBLIC));
    }

    public boolean privateOrPersonal() {
        return categories.contains(InformationCategory.PRIVATE) || categories.contains(InformationCategory.PERSONAL);
    }
}
