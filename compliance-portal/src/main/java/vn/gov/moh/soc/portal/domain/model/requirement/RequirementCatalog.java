package vn.gov.moh.soc.portal.domain.model.requirement;

import vn.gov.moh.soc.portal.domain.shared.Text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.moh.soc.core.asset.SecurityLevel;

/**
 * A version of the requirements catalog: its groups in the standard's order and their
 * requirements. Checked when built: codes unique, every requirement in a known group, and the
 * requirement codes' prefix (MGT/TEC) matching the group's kind.
 *
 * @param version the catalog's version, kept with every assessment made against it
 * @param sources the texts whose structure it follows
 */
public record RequirementCatalog(String version, List<String> sources, List<RequirementGroup> groups, List<Requirement> requirements) {
    public RequirementCatalog {
        version = Text.required(version, "the catalog's version", 40);
        sources = List.copyOf(sources);
        groups = List.copyOf(groups);
        requirements = List.copyOf(requirements);
        Map<String, RequirementGroup> byCode = new LinkedHashMap<>();
        for (RequirementGroup g : groups) {
            if (byCode.put(g.code(), g) != null) {
                throw new IllegalArgumentException("group " + g.code() + " is listed twice");
            }
        }
        Map<String, Requirement> seen = new LinkedHashMap<>();
        for (Requirement r : requirements) {
            if (seen.put(r.code(), r) != null) {
                throw new IllegalArgumentException("requirement " + r.code() + " is listed twice");
            }
            RequirementGroup g = byCode.get(r.group());
            if (g == null) {
                throw new IllegalArgumentException("requirement " + r.code() + " names an unknown group " + r.group());
            }
            String prefix = g.kind() == RequirementKind.MANAGEMENT ? "MGT-" : "TEC-";
            if (!r.code().startsWith(prefix)) {
                throw new IllegalArgumentException("requirement " + r.code() + " is in the " + g.kind().name().toLowerCase()
                        + " group " + g.code() + ": its code starts with " + prefix);
            }
        }
    }

    /** Every requirement a system of this level must meet: its own level's and all those below, in catalog order. */
    public List<Requirement> applicableTo(SecurityLevel level) {
        return requirements.stream().filter(r -> r.appliesTo(level)).toList();
    }

    public Optional<Requirement> find(String code) {
        return requirements.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public RequirementGroup group(String code) {
        return groups.stream().filter(g -> g.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no group " + code));
    }
}
