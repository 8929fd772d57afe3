package vn.gov.moh.soc.portal.domain.model.system;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * An information system of one owner unit (Decree 85, Art. 5: one owner per system).
 *
 * @param id         null until the inventory saves it
 * @param name       the system's name
 * @param owner      the owner unit (chủ quản)
 * @param operator   who runs it (đơn vị vận hành), a unit or a contractor
 * @param purpose    what it is for
 * @param profile    the classification of the system as a whole
 * @param components its parts; names are unique within the system
 */
public record InformationSystem(SystemId id, String name, UnitId owner, String operator, String purpose,
                                ClassificationProfile profile, List<SystemComponent> components) {
    public InformationSystem {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(profile, "profile");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a system has a name");
        }
        components = components == null ? List.of() : List.copyOf(components);
        Set<String> names = new HashSet<>();
        for (SystemComponent c : components) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("two components are named '" + c.name() + "'");
            }
        }
    }

    public InformationSystem withId(SystemId value) {
        return new InformationSystem(value, name, owner, operator, purpose, profile, components);
    }
}
