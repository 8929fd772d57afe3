package vn.gov.moh.soc.portal.interfaces.rest.system;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The officer's proposal: no level means "the computed one"; another level needs a justification.
 * A class, not a record: see {@link SystemRequest}.
 */
public class LevelRequest {
    @Min(1) @Max(5) public Integer proposedLevel;
    @Size(max = 4000) public String justification;
}
