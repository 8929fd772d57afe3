package vn.gov.moh.soc.portal.domain.model.dossier;

import java.util.List;
import vn.gov.moh.soc.core.asset.SecurityLevel;

/** The authority table. */
public interface AuthorityRepository {
    /** @throws IllegalStateException if the table has no row for the level (a broken migration) */
    Authority forLevel(SecurityLevel level);

    List<Authority> all();
}
