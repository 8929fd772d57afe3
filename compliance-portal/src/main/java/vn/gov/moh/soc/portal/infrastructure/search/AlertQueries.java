package vn.gov.moh.soc.portal.infrastructure.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.CountRequest;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.util.NamedValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.moh.soc.core.event.DrillMark;
import vn.gov.moh.soc.core.sigma.AlertGroupName;
import vn.gov.moh.soc.portal.application.alert.AlertQueue.GroupRef;
import vn.gov.moh.soc.portal.domain.model.alert.AlertFilter;
import vn.gov.moh.soc.portal.domain.model.alert.AlertPage;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSort;
import vn.gov.moh.soc.portal.domain.model.alert.TriageStatus;

/**
 * The queue's requests to the alerts index, built from a filter without touching the network (unit
 * tested, and shared with {@code bench/alert-queue.sh}).
 *
 * <p>Paging is {@code search_after} on a total order: the chosen order, then {@code @timestamp}
 * newest first, then {@code event.id} (unique: the job derives it like the document id, and unlike
 * {@code _id} it has doc values). A page then costs the same at the millionth alert as at the first,
 * where {@code from}/{@code size} would collect and drop every alert before the page; an alert that
 * arrives while the analyst pages sorts before the page they are on and neither shifts nor repeats
 * an alert. No point-in-time is opened: the queue is live, and a context held per analyst would
 * pin segments for nothing. The total is counted up to {@link AlertPage#TOTAL_CAP}.
 *
 * <p>Grouping is one composite aggregation on the one keyword each alert's document names its
 * group by ({@code soc.alert.group}, soc-core's {@code AlertGroupName}: rule, then group key or
 * host): composite buckets are exact and page with {@code after} at any number of groups, where a
 * {@code terms} aggregation is capped and approximate across shards, and {@code collapse} counts
 * nothing. A bucket holds only cheap statistics (first and last seen, the most urgent priority,
 * counts per status); the newest alert of the page's groups is then fetched by one search
 * ({@link #latest}), since a {@code top_hits} per bucket costs a sorted collection and a fetch per
 * group. The alerts index is sorted by the field, so the composite stops once it has its page.
 * When the filter matches alerts written before the job named their group ({@link #ungrouped}),
 * the grouped view goes the slow way of {@link #legacyGroups} (two composites on rule and key or
 * host) so that none is left out.
 */
public final class AlertQueries {
    /** The fields a row of the queue shows (and {@code AlertSummary} reads); a document may hold many more. */
    static final List<String> SUMMARY_FIELDS = List.of("@timestamp", "event.id", "rule.id", "rule.name", "soc.alert.*",
            "host.name", "host.ip", "source.ip", "user.name", "organization.id", "soc.system.*", "threat.tactic.name",
            "threat.technique.id", DrillMark.FIELD);
    static final String GROUPS = "groups";
    static final String KEYED = "keyed";
    static final String HOSTS = "hosts";
    private static final String TIME = "@timestamp";
    private static final String TIEBREAKER = "event.id";
    private static final String GROUP_KEY = "soc.alert.group_key";
    private static final String HOST = "host.name";
    private static final String GROUP = AlertGroupName.FIELD;

    private AlertQueries() {
    }

    /** Every condition of the filter and the caller's units (null: every unit), as filters (no scoring). */
    public static Query filter(AlertFilter f, Set<String> unitScope) {
        BoolQuery.Builder b = new BoolQuery.Builder();
        if (f.from() != null || f.to() != null) {
            b.filter(q -> q.range(r -> r.date(d -> {
                d.field(TIME);
                if (f.from() != null) {
                    d.gte(f.from().toString());
                }
                if (f.to() != null) {
                    d.lt(f.to().toString());
                }
                return d;
            })));
        }
        terms(b, "soc.alert.priority", f.priorities());
        terms(b, "soc.alert.rule_level", f.ruleLevels());
        terms(b, "organization.id", f.units());
        terms(b, "soc.system.id", f.systems());
        terms(b, "soc.system.level", f.systemLevels().stream().map(String::valueOf).toList());
        terms(b, "rule.id", f.rules());
        terms(b, "threat.tactic.name", f.tactics());
        terms(b, "threat.technique.id", f.techniques());
        terms(b, "soc.alert.status", f.statuses().stream().map(TriageStatus::documentValue).toList());
        switch (f.drills()) {
            case EXCLUDED -> b.mustNot(q -> q.exists(e -> e.field(DrillMark.FIELD)));
            case ONLY -> b.filter(q -> q.exists(e -> e.field(DrillMark.FIELD)));
            case INCLUDED -> {
            }
        }
        if (unitScope != null) {
            // An empty scope must find nothing, which a terms query with no value does.
            b.filter(q -> q.terms(t -> t.field("organization.id").terms(v -> v.value(values(unitScope)))));
        }
        if (f.text() != null) {
            String text = f.text();
            b.filter(q -> q.bool(any -> any.minimumShouldMatch("1")
                    .should(s -> s.match(m -> m.field("rule.name.text").query(text).operator(Operator.And)))
                    .should(s -> s.prefix(p -> p.field(HOST).value(text).caseInsensitive(true)))
                    .should(s -> s.term(t -> t.field("rule.id").value(text)))));
        }
        return Query.of(q -> q.bool(b.build()));
    }

    private static void terms(BoolQuery.Builder b, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            b.filter(q -> q.terms(t -> t.field(field).terms(v -> v.value(values(values)))));
        }
    }

    private static List<FieldValue> values(Collection<String> values) {
        return values.stream().sorted().map(FieldValue::of).toList();
    }

    /** The total order of a page: the chosen field, then newest first, then the id. */
    public static List<SortOptions> sort(AlertSort sort, boolean descending) {
        SortOrder order = descending ? SortOrder.Desc : SortOrder.Asc;
        List<SortOptions> out = new ArrayList<>();
        switch (sort) {
            case TIME -> out.add(field(TIME, order));
            case PRIORITY -> out.add(field("soc.alert.priority", order));
            case RULE -> out.add(field("rule.name", order));
        }
        if (sort != AlertSort.TIME) {
            out.add(field(TIME, SortOrder.Desc));
        }
        out.add(field(TIEBREAKER, order));
        return out;
    }

    private static SortOptions field(String name, SortOrder order) {
        // Alerts not yet enriched have no priority: last either way, so P1 stays on top.
        return SortOptions.of(s -> s.field(f -> f.field(name).order(order).missing("_last")));
    }

    /** One page of the queue, after the sort values of the previous page's last alert (empty: the first page). */
    public static SearchRequest page(String index, AlertFilter f, Set<String> unitScope, AlertSort sort, boolean descending,
            int size, List<FieldValue> after) {
        return SearchRequest.of(s -> {
            s.index(index).ignoreUnavailable(true).query(filter(f, unitScope)).sort(sort(sort, descending)).size(size)
                    .trackTotalHits(t -> t.count(AlertPage.TOTAL_CAP))
                    .source(src -> src.filter(sf -> sf.includes(SUMMARY_FIELDS)));
            if (!after.isEmpty()) {
                s.searchAfter(after);
            }
            return s;
        });
    }

    public static CountRequest count(String index, AlertFilter f, Set<String> unitScope) {
        return CountRequest.of(c -> c.index(index).ignoreUnavailable(true).query(filter(f, unitScope)));
    }

    /**
     * One page of groups: {@code size} buckets of the composite on {@code soc.alert.group} after
     * the group {@code after} (null: from the start). No missing bucket: it would keep
     * Elasticsearch from stopping early on the index sorted by the field (soc-core's template),
     * where the composite reads only the documents of the page's groups and skips to {@code after};
     * alerts without the field are found by {@link #ungrouped} instead.
     */
    public static SearchRequest groups(String index, AlertFilter f, Set<String> unitScope, int size, String after) {
        return SearchRequest.of(s -> s.index(index).ignoreUnavailable(true).query(filter(f, unitScope)).size(0)
                .trackTotalHits(t -> t.enabled(false))
                .aggregations(GROUPS, a -> statistics(a.composite(c -> {
                    c.size(size).sources(List.of(Map.of("group", CompositeAggregationSource.of(src -> src.terms(t -> t.field(GROUP))))));
                    if (after != null) {
                        c.after(Map.of("group", FieldValue.of(after)));
                    }
                    return c;
                }))));
    }

    /**
     * Whether the filter matches an alert without {@code soc.alert.group} (written before the job
     * named groups): no hit, a count that stops at the first one.
     */
    public static SearchRequest ungrouped(String index, AlertFilter f, Set<String> unitScope) {
        return SearchRequest.of(s -> s.index(index).ignoreUnavailable(true).size(0).trackTotalHits(t -> t.count(1)).terminateAfter(1L)
                .query(q -> q.bool(b -> b.filter(filter(f, unitScope)).mustNot(m -> m.exists(e -> e.field(GROUP))))));
    }

    /**
     * The newest alert matching the filter of each group on a page, given each group's last seen
     * (epoch milliseconds, the bucket's {@code max}): one search for every row, each group's
     * condition its term and that one millisecond (a point lookup, not a sort of the group), then
     * collapsed on the group so that two alerts of the same millisecond give one row.
     */
    public static SearchRequest latest(String index, AlertFilter f, Set<String> unitScope, Map<String, Long> lastSeenByGroup) {
        List<Query> rows = new ArrayList<>();
        lastSeenByGroup.forEach((group, last) -> rows.add(Query.of(q -> q.bool(b -> b
                .filter(x -> x.term(t -> t.field(GROUP).value(group)))
                .filter(x -> x.range(r -> r.date(d -> d.field(TIME).gte(Long.toString(last)).lte(Long.toString(last))
                        .format("epoch_millis"))))))));
        return SearchRequest.of(s -> s.index(index).ignoreUnavailable(true)
                .query(q -> q.bool(b -> b.filter(filter(f, unitScope)).filter(x -> x.bool(any -> any.should(rows).minimumShouldMatch("1")))))
                .collapse(c -> c.field(GROUP)).size(Math.max(1, rows.size())).trackTotalHits(t -> t.enabled(false))
                .sort(field(TIME, SortOrder.Desc), field(TIEBREAKER, SortOrder.Desc))
                .source(src -> src.filter(sf -> sf.includes(SUMMARY_FIELDS))));
    }

    /** The newest alert of one group matching the filter, for a row {@link #latest} found none for (changed meanwhile). */
    public static SearchRequest latestOf(String index, AlertFilter f, Set<String> unitScope, String group) {
        return SearchRequest.of(s -> s.index(index).ignoreUnavailable(true)
                .query(q -> q.bool(b -> b.filter(filter(f, unitScope)).filter(x -> x.term(t -> t.field(GROUP).value(group)))))
                .size(1).trackTotalHits(t -> t.enabled(false)).sort(field(TIME, SortOrder.Desc), field(TIEBREAKER, SortOrder.Desc))
                .source(src -> src.filter(sf -> sf.includes(SUMMARY_FIELDS))));
    }

    /**
     * One page of groups the way of an index holding alerts without {@code soc.alert.group}:
     * {@code size} buckets of each of two composites (rule and group key; rule and host) after its
     * own key (null: from its start; a side already exhausted is left out), each with its newest
     * alert. The two are split because a correlation names the hosts of its events as well as its
     * group key: one composite over both would count it once per host.
     */
    public static SearchRequest legacyGroups(String index, AlertFilter f, Set<String> unitScope, int size,
            Map<String, FieldValue> keyedAfter, boolean keyedDone, Map<String, FieldValue> hostsAfter, boolean hostsDone) {
        return SearchRequest.of(s -> {
            s.index(index).ignoreUnavailable(true).query(filter(f, unitScope)).size(0).trackTotalHits(t -> t.enabled(false));
            if (!keyedDone) {
                s.aggregations(KEYED, a -> a.filter(q -> q.exists(e -> e.field(GROUP_KEY)))
                        .aggregations("groups", composite(GROUP_KEY, false, size, keyedAfter)));
            }
            if (!hostsDone) {
                s.aggregations(HOSTS, a -> a.filter(q -> q.bool(b -> b.mustNot(m -> m.exists(e -> e.field(GROUP_KEY)))))
                        .aggregations("groups", composite(HOST, true, size, hostsAfter)));
            }
            return s;
        });
    }

    private static Aggregation composite(String keyField, boolean missingKey, int size, Map<String, FieldValue> after) {
        return Aggregation.of(a -> statistics(a.composite(c -> {
            c.size(size).sources(List.of(
                    Map.of("rule", CompositeAggregationSource.of(src -> src.terms(t -> t.field("rule.id")))),
                    Map.of("key", CompositeAggregationSource.of(src -> src.terms(t -> t.field(keyField).missingBucket(missingKey))))));
            if (after != null) {
                c.after(after);
            }
            return c;
        })).aggregations("latest", x -> x.topHits(t -> t.size(1).sort(field(TIME, SortOrder.Desc))
                .source(src -> src.filter(sf -> sf.includes(SUMMARY_FIELDS))))));
    }

    /** What a row of the grouped view counts: first and last seen, the most urgent priority, alerts per status. */
    private static Aggregation.Builder.ContainerBuilder statistics(Aggregation.Builder.ContainerBuilder bucket) {
        return bucket.aggregations("first", x -> x.min(m -> m.field(TIME)))
                .aggregations("last", x -> x.max(m -> m.field(TIME)))
                .aggregations("priority", x -> x.terms(t -> t.field("soc.alert.priority").size(1)
                        .order(List.of(NamedValue.of("_key", SortOrder.Asc)))))
                .aggregations("status", x -> x.terms(t -> t.field("soc.alert.status").size(TriageStatus.values().length + 4)));
    }

    /**
     * The alerts of one group, as the grouped view counts them: those naming it in
     * {@code soc.alert.group}, and those written before the field by their rule, key or host.
     */
    public static Query group(GroupRef group) {
        Query legacy = Query.of(q -> q.bool(b -> {
            b.mustNot(x -> x.exists(e -> e.field(GROUP)));
            b.filter(x -> x.term(t -> t.field("rule.id").value(group.ruleId())));
            if (!group.keyIsHost()) {
                return b.filter(x -> x.term(t -> t.field(GROUP_KEY).value(group.key())));
            }
            b.mustNot(x -> x.exists(e -> e.field(GROUP_KEY)));
            return group.key() == null ? b.mustNot(x -> x.exists(e -> e.field(HOST)))
                    : b.filter(x -> x.term(t -> t.field(HOST).value(group.key())));
        }));
        String named = new AlertGroupName(group.ruleId(), group.key(), group.keyIsHost()).value();
        return Query.of(q -> q.bool(b -> b.minimumShouldMatch("1").should(x -> x.term(t -> t.field(GROUP).value(named)))
                .should(legacy)));
    }

    /** The ids of a group's alerts that match the filter: {@code max + 1} at most, no source. */
    public static SearchRequest groupIds(String index, AlertFilter f, Set<String> unitScope, GroupRef group, int max) {
        return SearchRequest.of(s -> s.index(index).ignoreUnavailable(true)
                .query(q -> q.bool(b -> b.filter(filter(f, unitScope)).filter(group(group))))
                .size(max + 1).source(src -> src.fetch(false)).trackTotalHits(t -> t.enabled(false))
                .sort(field(TIEBREAKER, SortOrder.Asc)));
    }
}
