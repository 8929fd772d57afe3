package vn.gov.moh.soc.portal.domain.model.requirement;

import vn.gov.moh.soc.portal.domain.shared.Text;

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
        group = Text.required(group, "the group of " + code, 40);
        titleVi = Text.required(titleVi, "the Vietnamese title of " + code, 300);
        titleEn = Text.required(titleEn, "the English title of " + code, 300);
        descriptionVi = Text.required(descriptionVi, "the Vietnamese description of " + code, 2000);
        descriptionEn = Text.required(descriptionEn, "the English description of " + code, 2000);
    }

    public boolean appliesTo(SecurityLevel level) {
        return fromLevel.compareTo(level) <= 0;
    }
}
