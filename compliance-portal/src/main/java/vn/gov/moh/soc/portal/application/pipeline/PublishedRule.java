package vn.gov.moh.soc.portal.application.pipeline;

import java.time.Instant;

/**
 * A rule as the portal last published it to {@code soc.rules}.
 *
 * @param enabled false once disabled: the job then holds an empty value for its id
 */
public record PublishedRule(String id, String kind, String title, String level, String yaml, boolean enabled,
                            String updatedBy, Instant updatedAt) {
}
