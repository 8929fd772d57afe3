package vn.gov.moh.soc.portal.application.alert;

import java.util.List;
import vn.gov.moh.soc.portal.domain.model.alert.AlertFilter;
import vn.gov.moh.soc.portal.domain.model.alert.TriageStatus;

/**
 * A triage decision on several alerts: named by id, or a whole group of the grouped view as the
 * filter shows it (exactly one of the two).
 */
public record TriageRequest(List<String> ids, AlertQueue.GroupRef group, AlertFilter groupFilter, TriageStatus status,
        String reason) {
    public TriageRequest {
        ids = ids == null ? List.of() : List.copyOf(ids);
        groupFilter = groupFilter == null ? AlertFilter.ANY : groupFilter;
    }
}
