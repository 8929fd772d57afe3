package vn.gov.moh.soc.portal.domain.model.requirement;

import java.time.Instant;
import java.util.Objects;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;

/**
 * The latest assessment of one requirement for one system: the officer's finding, who recorded it
 * and when, and the catalog version it was made against (a later version may reword the requirement).
 */
public record Assessment(SystemId system, String requirement, Finding finding, String catalogVersion, String assessedBy,
                         Instant assessedAt) {
    public Assessment {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(catalogVersion, "catalogVersion");
        Objects.requireNonNull(assessedBy, "assessedBy");
        Objects.requireNonNull(assessedAt, "assessedAt");
        Finding.Problem p = finding.problem();
        if (p != null) {
            throw new IllegalArgumentException(p.field() + ": " + p.message());
        }
    }

    public AssessmentStatus status() {
        return finding.status();
    }
}
