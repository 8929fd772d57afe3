package vn.gov.moh.soc.portal.domain.model.requirement;

import vn.gov.moh.soc.portal.domain.shared.Text;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A group of requirements as the standard names it (e.g. "Bảo đảm an toàn mạng").
 *
 * @param code      stable identifier, e.g. {@code NETWORK}
 * @param kind      management or technical
 * @param titleVi   the group's name as the legal text writes it
 * @param titleEn   our English rendering
 * @param source    where the group comes from, e.g. "TCVN 11930:2017 §5.1.1"
 * @param confirmed whether the group's name and place were read in a public copy of the text
 *                  (false: our recollection, to be checked by a lawyer)
 */
public record RequirementGroup(String code, RequirementKind kind, String titleVi, String titleEn, String source, boolean confirmed) {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]{1,39}");

    public RequirementGroup {
        Objects.requireNonNull(kind, "kind");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a group code is upper-case letters and '_', 2 to 40 characters: '" + code + "'");
        }
        titleVi = Text.required(titleVi, "the Vietnamese title of group " + code, 300);
        titleEn = Text.required(titleEn, "the English title of group " + code, 300);
        source = source == null ? "" : source.strip();
    }
}
