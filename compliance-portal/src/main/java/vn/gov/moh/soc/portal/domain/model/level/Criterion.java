package vn.gov.moh.soc.portal.domain.model.level;

import vn.gov.moh.soc.core.asset.SecurityLevel;

import java.util.function.Predicate;
import vn.gov.moh.soc.portal.domain.model.system.ClassificationProfile;

/**
 * One row of the criteria table.
 *
 * @param id           a stable short name, kept with stored proposals
 * @param reference    the article, clause and point it comes from
 * @param level        the level it gives
 * @param confirmation whether the text was confirmed in a public copy
 * @param condition    the condition in our words
 * @param note         where the law is ambiguous or our reading is a choice; empty when none
 * @param test         the condition as code
 */
public record Criterion(String id, LegalReference reference, SecurityLevel level, Confirmation confirmation,
                        String condition, String note, Predicate<ClassificationProfile> test) {
    public boolean matches(ClassificationProfile profile) {
        return test.test(profile);
    }
}
