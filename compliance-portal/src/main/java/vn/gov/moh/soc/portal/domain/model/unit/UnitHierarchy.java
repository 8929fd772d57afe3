package vn.gov.moh.soc.portal.domain.model.unit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The units as a tree. Built once from all units and checked: every parent exists and no unit
 * is its own ancestor, so that "the units below" is always finite and well defined.
 */
public final class UnitHierarchy {
    private final Map<UnitId, Unit> units = new LinkedHashMap<>();
    private final Map<UnitId, List<Unit>> children = new LinkedHashMap<>();

    public UnitHierarchy(Collection<Unit> all) {
        for (Unit u : all) {
            if (units.put(u.id(), u) != null) {
                throw new IllegalArgumentException("unit " + u.id() + " is listed twice");
            }
        }
        for (Unit u : all) {
            if (u.parent() != null) {
                if (!units.containsKey(u.parent())) {
                    throw new IllegalArgumentException("unit " + u.id() + " names an unknown parent " + u.parent());
                }
                children.computeIfAbsent(u.parent(), k -> new ArrayList<>()).add(u);
            }
        }
        children.values().forEach(list -> list.sort(Comparator.comparing(x -> x.id().value())));
        for (Unit u : all) {
            Set<UnitId> seen = new HashSet<>();
            for (UnitId at = u.id(); at != null; at = units.get(at).parent()) {
                if (!seen.add(at)) {
                    throw new IllegalArgumentException("the units form a cycle through " + at);
                }
            }
        }
    }

    public Optional<Unit> find(UnitId id) {
        return Optional.ofNullable(units.get(id));
    }

    /** The units without a parent, in id order. */
    public List<Unit> roots() {
        return units.values().stream().filter(u -> u.parent() == null)
                .sorted(Comparator.comparing(u -> u.id().value())).toList();
    }

    public List<Unit> childrenOf(UnitId id) {
        return Collections.unmodifiableList(children.getOrDefault(id, List.of()));
    }

    /** The unit and every unit below it; empty when the unit is unknown. */
    public Set<UnitId> subtree(UnitId root) {
        Set<UnitId> result = new LinkedHashSet<>();
        if (!units.containsKey(root)) {
            return result;
        }
        Deque<UnitId> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            UnitId at = todo.pop();
            result.add(at);
            childrenOf(at).forEach(c -> todo.add(c.id()));
        }
        return result;
    }

    /** Whether {@code unit} is {@code ancestor} itself or lies below it. */
    public boolean isWithin(UnitId unit, UnitId ancestor) {
        for (UnitId at = unit; at != null; ) {
            if (at.equals(ancestor)) {
                return true;
            }
            Unit u = units.get(at);
            at = u == null ? null : u.parent();
        }
        return false;
    }

    public Collection<Unit> all() {
        return Collections.unmodifiableCollection(units.values());
    }
}
