package vn.gov.moh.soc.portal.application.alert;

import java.util.Collection;
import java.util.List;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;

/** Finds alert documents by id in the namespace's alerts index. */
public interface AlertDirectory {
    /**
     * The alerts with these ids that exist, in the order asked; unknown ids are left out (the
     * caller names them to the user). Throws {@code SearchUnavailableException} when Elasticsearch
     * is not configured or does not answer.
     */
    List<AlertSummary> find(Collection<String> ids);
}
