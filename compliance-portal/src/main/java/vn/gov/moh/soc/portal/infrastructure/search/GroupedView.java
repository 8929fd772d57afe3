package vn.gov.moh.soc.portal.infrastructure.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.sigma.AlertGroupName;
import vn.gov.moh.soc.portal.domain.model.alert.AlertFilter;
import vn.gov.moh.soc.portal.domain.model.alert.AlertGroup;
import vn.gov.moh.soc.portal.domain.model.alert.AlertGroupPage;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;

/**
 * A page of the grouped queue from the requests of {@link AlertQueries}: the composite on
 * {@code soc.alert.group}, then one search for the newest alert of the page's groups (the first
 * page asks first whether the filter matches an alert without the field). When the alerts the
 * filter matches include some without it (written by a job of before it, until
 * they are rewritten or age out), the page is made the slow way, by rule and key or host, so that
 * the view never leaves them out; it says so in the log. Shared with {@code bench/alert-queue.sh},
 * which times exactly this.
 */
public final class GroupedView {
    private static final Logger LOG = Logger.getLogger(GroupedView.class.getName());
    private static final long WARN_EVERY_MILLIS = 10 * 60_000L;
    private static final AtomicLong LAST_WARNING = new AtomicLong(Long.MIN_VALUE / 2);

    /** Sends a search (the portal wraps its errors, the bench does not). */
    public interface Searcher {
        SearchResponse<JsonData> search(SearchRequest request) throws IOException;
    }

    private GroupedView() {
    }

    /** The page of {@code size} groups after the cursor {@code after} (null: the first). */
    public static AlertGroupPage page(Searcher es, String index, AlertFilter filter, Set<String> unitScope, int size, String after)
            throws IOException {
        QueueCursor.GroupsAfter at = QueueCursor.groupsAfter(after);
        if (at.legacy() != null) {
            return legacy(es, index, filter, unitScope, size, at.legacy());
        }
        if (at.group() == null) {
            // The first page decides, and its cursor keeps the decision for the pages after it.
            var ungrouped = es.search(AlertQueries.ungrouped(index, filter, unitScope)).hits().total();
            if (ungrouped != null && ungrouped.value() > 0) {
                warnUngrouped(index);
                return legacy(es, index, filter, unitScope, size, QueueCursor.GroupPosition.START);
            }
        }
        SearchResponse<JsonData> r = es.search(AlertQueries.groups(index, filter, unitScope, size, at.group()));
        Aggregate agg = r.aggregations().get(AlertQueries.GROUPS);
        if (agg == null) {
            return new AlertGroupPage(List.of(), null); // no alerts index yet
        }
        List<CompositeBucket> buckets = agg.composite().buckets().array();
        Map<String, Long> lastSeen = new LinkedHashMap<>();
        buckets.forEach(b -> lastSeen.put(groupOf(b), (long) b.aggregations().get("last").max().value()));
        Map<String, AlertSummary> latest = latest(es, index, filter, unitScope, lastSeen);
        List<AlertGroup> groups = new ArrayList<>();
        for (CompositeBucket b : buckets) {
            String value = groupOf(b);
            AlertGroupName name;
            try {
                name = AlertGroupName.parse(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("an alert of " + index + " names a group the job does not write: " + e.getMessage(), e);
            }
            AlertSummary newest = latest.get(value);
            if (newest != null) { // else every alert of the group left the filter between the searches
                groups.add(group(b, name.ruleId(), name.key(), name.keyIsHost(), newest));
            }
        }
        String next = buckets.size() < size ? null : QueueCursor.ofGroup(groupOf(buckets.get(buckets.size() - 1)));
        return new AlertGroupPage(groups, next);
    }

    private static String groupOf(CompositeBucket b) {
        FieldValue v = b.key().get("group");
        return v == null || v.isNull() ? null : v.stringValue();
    }

    private static Map<String, AlertSummary> latest(Searcher es, String index, AlertFilter filter, Set<String> unitScope,
            Map<String, Long> lastSeen) throws IOException {
        Map<String, AlertSummary> out = new HashMap<>();
        if (lastSeen.isEmpty()) {
            return out;
        }
        for (Hit<JsonData> h : es.search(AlertQueries.latest(index, filter, unitScope, lastSeen)).hits().hits()) {
            Event doc = AlertDocuments.event(h.source());
            out.put(doc.text(AlertGroupName.FIELD), AlertSummary.of(h.id(), doc));
        }
        // A group whose newest alert changed between the two searches (removed, or triaged out of the filter).
        for (String group : lastSeen.keySet()) {
            if (!out.containsKey(group)) {
                List<Hit<JsonData>> hits = es.search(AlertQueries.latestOf(index, filter, unitScope, group)).hits().hits();
                if (!hits.isEmpty()) {
                    out.put(group, AlertDocuments.summary(hits.get(0).id(), hits.get(0).source()));
                }
            }
        }
        return out;
    }

    private static void warnUngrouped(String index) {
        long now = System.currentTimeMillis();
        long last = LAST_WARNING.get();
        if (now - last >= WARN_EVERY_MILLIS && LAST_WARNING.compareAndSet(last, now)) {
            LOG.warning(() -> "alerts of " + index + " matching a grouped view have no soc.alert.group (written before"
                    + " the job named groups): the grouped view groups them by rule and key or host, which is slow at scale;"
                    + " see compliance-portal/README.md, 'Upgrading: alerts without soc.alert.group'");
        }
    }

    /** The two composites of an index holding alerts without {@code soc.alert.group}, merged by rule. */
    private static AlertGroupPage legacy(Searcher es, String index, AlertFilter filter, Set<String> unitScope, int size,
            QueueCursor.GroupPosition at) throws IOException {
        if (at.done()) {
            return new AlertGroupPage(List.of(), null);
        }
        SearchResponse<JsonData> r = es.search(AlertQueries.legacyGroups(index, filter, unitScope, size, at.keyed(), at.keyedDone(),
                at.hosts(), at.hostsDone()));
        List<CompositeBucket> keyed = at.keyedDone() ? List.of() : buckets(r.aggregations().get(AlertQueries.KEYED));
        List<CompositeBucket> hosts = at.hostsDone() ? List.of() : buckets(r.aggregations().get(AlertQueries.HOSTS));
        // Merge the two sorted sides by rule, a rule's keyed groups before its host groups.
        List<AlertGroup> groups = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (groups.size() < size && (i < keyed.size() || j < hosts.size())) {
            boolean takeKeyed = j >= hosts.size()
                    || (i < keyed.size() && rule(keyed.get(i)).compareTo(rule(hosts.get(j))) <= 0);
            groups.add(takeKeyed ? legacyGroup(keyed.get(i++), false) : legacyGroup(hosts.get(j++), true));
        }
        QueueCursor.GroupPosition next = new QueueCursor.GroupPosition(
                i > 0 ? keyed.get(i - 1).key() : at.keyed(), at.keyedDone() || (keyed.size() < size && i == keyed.size()),
                j > 0 ? hosts.get(j - 1).key() : at.hosts(), at.hostsDone() || (hosts.size() < size && j == hosts.size()));
        return new AlertGroupPage(groups, next.done() ? null : QueueCursor.ofGroups(next));
    }

    private static List<CompositeBucket> buckets(Aggregate filtered) {
        if (filtered == null) {
            return List.of(); // no alerts index yet
        }
        CompositeAggregate c = filtered.filter().aggregations().get("groups").composite();
        return c.buckets().array();
    }

    private static String rule(CompositeBucket b) {
        return b.key().get("rule").stringValue();
    }

    private static AlertGroup legacyGroup(CompositeBucket b, boolean keyIsHost) {
        FieldValue key = b.key().get("key");
        Hit<JsonData> latest = b.aggregations().get("latest").topHits().hits().hits().get(0);
        return group(b, rule(b), key == null || key.isNull() ? null : key.isString() ? key.stringValue() : key._toJsonString(),
                keyIsHost, AlertDocuments.summary(latest.id(), latest.source()));
    }

    private static AlertGroup group(CompositeBucket b, String rule, String key, boolean keyIsHost, AlertSummary latest) {
        Map<String, Aggregate> aggs = b.aggregations();
        Map<String, Long> statuses = new LinkedHashMap<>();
        for (StringTermsBucket s : aggs.get("status").sterms().buckets().array()) {
            statuses.put(s.key().stringValue(), s.docCount());
        }
        List<StringTermsBucket> priority = aggs.get("priority").sterms().buckets().array();
        return new AlertGroup(rule, key, keyIsHost, b.docCount(),
                Instant.ofEpochMilli((long) aggs.get("first").min().value()),
                Instant.ofEpochMilli((long) aggs.get("last").max().value()),
                priority.isEmpty() ? null : priority.get(0).key().stringValue(), statuses, latest);
    }
}
