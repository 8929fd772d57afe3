package vn.gov.moh.soc.portal.infrastructure.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.TotalHitsRelation;
import co.elastic.clients.json.JsonData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.alert.AlertQueue;
import vn.gov.moh.soc.portal.domain.model.alert.AlertDetail;
import vn.gov.moh.soc.portal.domain.model.alert.AlertFilter;
import vn.gov.moh.soc.portal.domain.model.alert.AlertGroupPage;
import vn.gov.moh.soc.portal.domain.model.alert.AlertPage;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSort;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;
import vn.gov.moh.soc.portal.domain.model.alert.TriageStatus;

/** The queue on the namespace's alerts index, with the requests of {@link AlertQueries}. */
@ApplicationScoped
public class ElasticsearchAlertQueue implements AlertQueue {
    @Inject
    SearchClient search;

    private String index() {
        return search.namespace().alertsIndex();
    }

    @Override
    public AlertPage page(AlertFilter filter, Set<String> unitScope, AlertSort sort, boolean descending, int size, String after) {
        checkSize(size);
        String order = sort.name() + (descending ? ":desc" : ":asc");
        List<FieldValue> afterValues = QueueCursor.sortValues(after, order, AlertQueries.sort(sort, descending).size());
        SearchResponse<JsonData> r = call("searching alerts", () -> search.client().search(
                AlertQueries.page(index(), filter, unitScope, sort, descending, size, afterValues), JsonData.class));
        List<AlertSummary> alerts = new ArrayList<>();
        List<Hit<JsonData>> hits = r.hits().hits();
        hits.forEach(h -> alerts.add(AlertDocuments.summary(h.id(), h.source())));
        String next = hits.size() < size ? null : QueueCursor.ofSortValues(order, hits.get(hits.size() - 1).sort());
        long total = r.hits().total() == null ? alerts.size() : r.hits().total().value();
        boolean lowerBound = r.hits().total() != null && r.hits().total().relation() == TotalHitsRelation.Gte;
        return new AlertPage(alerts, total, lowerBound, next);
    }

    @Override
    public AlertGroupPage groups(AlertFilter filter, Set<String> unitScope, int size, String after) {
        checkSize(size);
        try {
            return GroupedView.page(r -> call("grouping alerts", () -> search.client().search(r, JsonData.class)), index(), filter,
                    unitScope, size, after);
        } catch (IOException e) {
            throw new IllegalStateException("unreachable: every search is sent through call()", e); // call() wraps I/O errors
        }
    }

    @Override
    public long count(AlertFilter filter, Set<String> unitScope) {
        return call("counting alerts", () -> search.client().count(AlertQueries.count(index(), filter, unitScope))).count();
    }

    @Override
    public List<String> groupIds(AlertFilter filter, Set<String> unitScope, GroupRef group, int max) {
        SearchResponse<Void> r = call("listing a group's alerts", () -> search.client().search(
                AlertQueries.groupIds(index(), filter, unitScope, group, max), Void.class));
        return r.hits().hits().stream().map(Hit::id).toList();
    }

    @Override
    public Optional<AlertDetail> detail(String id) {
        GetResponse<JsonData> r;
        try {
            r = call("reading an alert", () -> search.client().get(g -> g.index(index()).id(id), JsonData.class));
        } catch (IndexMissing e) {
            return Optional.empty();
        }
        if (!r.found() || r.source() == null) {
            return Optional.empty();
        }
        Event doc = AlertDocuments.event(r.source());
        String at = doc.text("soc.alert.triaged_at");
        AlertDetail.Triage triage = new AlertDetail.Triage(doc.text("soc.alert.triaged_by"), at == null ? null : parse(at),
                doc.text("soc.alert.triage_reason"), doc.text("soc.alert.incident_reference"));
        return Optional.of(new AlertDetail(AlertSummary.of(id, doc), triage, r.source().toJson().toString()));
    }

    private static Instant parse(String at) {
        try {
            return Instant.parse(at);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public Map<String, String> writeStatus(Collection<String> ids, StatusChange change) {
        Map<String, Object> triage = new HashMap<>();
        triage.put("status", change.status().documentValue());
        triage.put("triaged_by", change.by());
        triage.put("triaged_at", change.at().toString());
        // When analysts responded, which triaged_at (the last change) forgets: a drill's time to
        // respond reads them. A reopen leaves both; closed_at counts only while the status is closed.
        TriageStatus status = change.status();
        if (status == TriageStatus.ACKNOWLEDGED) {
            triage.put("acknowledged_at", change.at().toString());
        } else if (status != TriageStatus.NEW) {
            triage.put("closed_at", change.at().toString());
        }
        // A reopened alert keeps no earlier reason; an escalation keeps the analyst's.
        if (change.incidentReference() == null) {
            triage.put("triage_reason", change.reason());
        } else {
            triage.put("incident_reference", change.incidentReference());
        }
        // Nested like the job writes the document: a dotted key would add a second value beside it.
        Map<String, Object> doc = Map.of("soc", Map.of("alert", triage));
        List<BulkOperation> ops = new ArrayList<>();
        for (String id : ids) {
            ops.add(BulkOperation.of(o -> o.update(u -> u.index(index()).id(id).retryOnConflict(3).action(a -> a.doc(doc)))));
        }
        BulkResponse r = call("writing triage", () -> search.client().bulk(b -> b.refresh(Refresh.WaitFor).operations(ops)));
        Map<String, String> failed = new LinkedHashMap<>();
        for (BulkResponseItem item : r.items()) {
            if (item.error() != null) {
                failed.put(item.id(), item.error().type() + ": " + item.error().reason());
            }
        }
        return failed;
    }

    private static void checkSize(int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidFieldException("size", "size is 1 to " + MAX_PAGE + ": " + size);
        }
    }

    /** The alerts index does not exist yet: the job has written no alert. */
    private static final class IndexMissing extends RuntimeException {
        private static final long serialVersionUID = 1L;

        IndexMissing(Exception cause) {
            super(cause);
        }
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    private static <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (SearchUnavailableException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ElasticsearchException es && es.status() == 404) {
                throw new IndexMissing(es);
            }
            if (e instanceof ElasticsearchException es && es.status() == 400) {
                throw new IllegalStateException(what + ": Elasticsearch refused the request: " + es.getMessage(), e);
            }
            throw SearchClient.unavailable(what, e);
        }
    }
}
