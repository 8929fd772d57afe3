package vn.gov.moh.soc.portal.domain.model.system;

import java.util.Objects;

/**
 * A system was updated, fired synchronously inside the update's transaction so that what depends
 * on the system (its approved dossier) reacts in the same commit.
 *
 * @param actor who changed it
 */
public record SystemChanged(InformationSystem before, InformationSystem after, String actor) {
    public SystemChanged {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(actor, "actor");
    }

    /** Whether what the level depends on changed: the classification or the components. */
    public boolean classificationOrComponentsChanged() {
        return !before.profile().equals(after.profile()) || !before.components().equals(after.components());
    }
}
