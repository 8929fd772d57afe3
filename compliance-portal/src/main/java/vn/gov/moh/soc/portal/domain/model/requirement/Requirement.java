package vn.gov.moh.soc.portal.domain.model.requirement;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.gov.moh.soc.core.asset.SecurityLevel;

/**
 * One requirement of the catalog. It applies to systems of {@code fromLevel} and every level above
 * it (the standard's levels are cumulative).
 *
 * @param code          stable identifier kept by assessments, e.g. {@code TEC-NET-02}; never reused
 * @param group         the code of its {@link RequirementGroup}
 * @param fromLevel     the lowest level it applies to
 * @param titleVi       short title in Vietnamese
 * @param titleEn       short title in English
 * @param descriptionVi what is expected, in our words (never the standard's text)
 * @param descriptionEn the same in English
 */
public record Requirement(String code, String group, SecurityLevel fromLevel, String titleVi, String titleEn,
                          String descriptionVi, String descriptionEn) {
    private static final Pattern CODE = Pattern.compile("(MGT|TEC)-[A-Z]{2,4}-[0-9]{2}");

    public Requirement {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a requirement code looks like MGT-POL-01 or TEC-NET-02: '" + code + "'");
        }
        Objects.requireNonNull(fromLevel, "requirement " + code + " has no level");
        Text.require(group, "requirement " + code + " has no group");
        titleVi = Text.require(titleVi, "requirement " + code + " has no Vietnamese title");
        titleEn = Text.require(titleEn, "requirement " + code + " has no English title");
        descriptionVi = Text.require(descriptionVi, "requirement " + code + " has no Vietnamese description");
        descriptionEn = Text.require(descriptionEn, "requirement " + code + " has no English description");
    }

    public boolean appliesTo(SecurityLevel level) {
        return fromLevel.compareTo(level) <= 0;
    }
}
