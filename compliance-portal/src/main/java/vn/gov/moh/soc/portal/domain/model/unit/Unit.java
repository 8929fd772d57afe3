package vn.gov.moh.soc.portal.domain.model.unit;

import java.util.Objects;
import java.util.Optional;

/**
 * A unit of the sector. The Ministry is the root and has no parent; every other unit has one.
 */
public record Unit(UnitId id, String name, UnitKind kind, UnitId parent) {
    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("unit " + id + " has no name");
        }
        if (id.equals(parent)) {
            throw new IllegalArgumentException("unit " + id + " cannot be its own parent");
        }
    }

    public Optional<UnitId> parentId() {
        return Optional.ofNullable(parent);
    }
}
