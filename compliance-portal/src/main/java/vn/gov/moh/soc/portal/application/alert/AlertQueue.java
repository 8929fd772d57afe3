package vn.gov.moh.soc.portal.application.alert;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.portal.domain.model.alert.AlertDetail;
import vn.gov.moh.soc.portal.domain.model.alert.AlertFilter;
import vn.gov.moh.soc.portal.domain.model.alert.AlertGroupPage;
import vn.gov.moh.soc.portal.domain.model.alert.AlertPage;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSort;
import vn.gov.moh.soc.portal.domain.model.alert.TriageStatus;

/**
 * The alerts index as the queue reads and triages it. {@code unitScope} is the set of units whose
 * alerts may be returned ({@code organization.id}), null for every unit; it is applied on top of
 * the filter, so a filter naming other units finds nothing. Throws {@code SearchUnavailableException}
 * when Elasticsearch is not configured or does not answer, {@code InvalidFieldException} on a cursor
 * that is not one of ours (field {@code after}).
 */
public interface AlertQueue {
    /** Most alerts one page holds. */
    int MAX_PAGE = 200;

    /** A page of alerts in the given order, after the cursor of the previous page (null for the first). */
    AlertPage page(AlertFilter filter, Set<String> unitScope, AlertSort sort, boolean descending, int size, String after);

    /** A page of groups (rule and group key, or rule and host). */
    AlertGroupPage groups(AlertFilter filter, Set<String> unitScope, int size, String after);

    /** How many alerts match. */
    long count(AlertFilter filter, Set<String> unitScope);

    /** The ids of the alerts of one group that match the filter, at most {@code max + 1} (so the caller sees an overflow). */
    List<String> groupIds(AlertFilter filter, Set<String> unitScope, GroupRef group, int max);

    Optional<AlertDetail> detail(String id);

    /**
     * Writes a status into the documents. Answers, per id that could not be written, why (e.g. the
     * document was removed meanwhile); the others were written.
     */
    Map<String, String> writeStatus(Collection<String> ids, StatusChange change);

    /** The group of the grouped view: a rule and its group key, or a rule and a host ({@code key} null: neither). */
    record GroupRef(String ruleId, String key, boolean keyIsHost) {
    }

    /** What a triage decision writes into each document. */
    record StatusChange(TriageStatus status, String by, Instant at, String reason, String incidentReference) {
    }
}
