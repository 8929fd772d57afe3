package vn.gov.moh.soc.bench.alert;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.EventJson;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.portal.domain.model.alert.AlertFilter;
import vn.gov.moh.soc.portal.domain.model.alert.AlertGroupPage;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSort;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;
import vn.gov.moh.soc.portal.domain.model.alert.TriageStatus;
import vn.gov.moh.soc.portal.infrastructure.search.AlertQueries;
import vn.gov.moh.soc.portal.infrastructure.search.GroupedView;
import vn.gov.moh.soc.stack.part.ElasticsearchPart;

/**
 * {@code load URL NAMESPACE COUNT SEED}: soc-core's templates, then COUNT alerts of {@link AlertCorpus}
 * into the namespace's alerts index (bulk, 5,000 a request), refreshed.
 *
 * <p>{@code query URL NAMESPACE N WARMUP SEED}: the queue's query kinds, each built by the portal's
 * {@link AlertQueries} and sent with elasticsearch-java as the portal sends it (hits read back into
 * {@link AlertSummary} as the portal reads them), interleaved in random order: WARMUP of each
 * uncounted, then N of each timed (client side: request built to response parsed). Prints
 * {@code RESULT kind n p50 p95 p99 max} in milliseconds.
 */
public final class AlertQueueBench {
    private static final int BULK = 5_000;

    private AlertQueueBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[1].replaceAll("/+$", "");
        Namespace ns = Namespace.of(args[2]);
        switch (args[0]) {
            case "load" -> load(url, ns, Long.parseLong(args[3]), Long.parseLong(args[4]));
            case "query" -> query(url, ns, Integer.parseInt(args[3]), Integer.parseInt(args[4]), Long.parseLong(args[5]));
            default -> throw new IllegalArgumentException("load or query, not " + args[0]);
        }
    }

    private static void load(String url, Namespace ns, long count, long seed) throws Exception {
        ElasticsearchPart.installTemplates(url, ns);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String index = ns.alertsIndex();
        // Created by the template, then no refresh while loading (the usual bulk-load setting), the template's value after.
        send(http, "PUT", url + "/" + index, "{}");
        send(http, "PUT", url + "/" + index + "/_settings", "{\"index\":{\"refresh_interval\":\"-1\"}}");
        AlertCorpus corpus = new AlertCorpus(seed);
        String action = "{\"index\":{\"_index\":\"" + index + "\",\"_id\":\"";
        // One thread builds the next request while this one sends: the generator and Elasticsearch overlap.
        java.util.concurrent.BlockingQueue<String> bodies = new java.util.concurrent.ArrayBlockingQueue<>(2);
        Thread generator = new Thread(() -> {
            try {
                for (long made = 0; made < count; ) {
                    int n = (int) Math.min(BULK, count - made);
                    StringBuilder body = new StringBuilder(BULK * 1400);
                    for (int i = 0; i < n; i++) {
                        Map.Entry<String, Event> a = corpus.next();
                        body.append(action).append(a.getKey()).append("\"}}\n")
                                .append(new String(EventJson.write(a.getValue()), StandardCharsets.UTF_8)).append('\n');
                    }
                    made += n;
                    bodies.put(body.toString());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "alert-corpus");
        generator.setDaemon(true);
        generator.start();
        long t0 = System.nanoTime();
        long written = 0;
        long lastReport = 0;
        while (written < count) {
            String body = bodies.take();
            String r = send(http, "POST", url + "/_bulk", body);
            if (r.contains("\"errors\":true")) {
                throw new IllegalStateException("bulk refused: " + r.substring(0, Math.min(600, r.length())));
            }
            written += body.chars().filter(c -> c == '\n').count() / 2;
            if (written - lastReport >= 100_000) {
                lastReport = written;
                System.err.printf("  %,d alerts loaded (%.0f/s)%n", written, written / ((System.nanoTime() - t0) / 1e9));
            }
        }
        send(http, "PUT", url + "/" + index + "/_settings", "{\"index\":{\"refresh_interval\":\"1s\"}}");
        send(http, "POST", url + "/" + index + "/_refresh", "");
        // A live index refreshes every second as alerts arrive, which empties the shard request cache; without
        // this, a repeated aggregation (the grouped view) would be timed as a cache hit.
        send(http, "PUT", url + "/" + index + "/_settings", "{\"index\":{\"requests.cache.enable\":false}}");
        System.out.printf("RESULT load %d %d%n", written, (System.nanoTime() - t0) / 1_000_000);
    }

    private static String send(HttpClient http, String method, String url, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                .header("Content-Type", url.endsWith("_bulk") ? "application/x-ndjson" : "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + url + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private record Kind(String name, Callable<Object> query) {
    }

    private static void query(String url, Namespace ns, int n, int warmup, long seed) throws Exception {
        URI u = URI.create(url);
        try (RestClient rest = RestClient.builder(new HttpHost(u.getHost(), u.getPort(), u.getScheme())).build()) {
            ElasticsearchClient es = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
            String index = ns.alertsIndex();
            SplittableRandom random = new SplittableRandom(seed);
            List<String> rules = new AlertCorpus(seed).ruleIds();
            Instant end = AlertCorpus.END;
            long span = AlertCorpus.DAYS * 86_400_000L;
            Set<TriageStatus> active = Set.of(TriageStatus.NEW, TriageStatus.ACKNOWLEDGED);
            List<Kind> kinds = List.of(
                    new Kind("open-newest", () -> page(es, index, filter().statuses(active).build(), AlertSort.TIME, true, List.of())),
                    new Kind("p1p2-last-24h", () -> {
                        Instant to = end.minusMillis((long) (random.nextDouble() * (span - 86_400_000L)));
                        return page(es, index, filter().range(to.minusSeconds(86_400), to).priorities(Set.of("P1", "P2")).build(),
                                AlertSort.TIME, true, List.of());
                    }),
                    new Kind("unit-level-by-priority", () -> page(es, index, filter().units(Set.of(AlertCorpus.unit(random.nextInt(AlertCorpus.UNITS))))
                            .systemLevels(Set.of(3, 4)).statuses(active).build(), AlertSort.PRIORITY, false, List.of())),
                    new Kind("rule-or-technique", () -> page(es, index, random.nextBoolean()
                            ? filter().rules(Set.of(rules.get(random.nextInt(rules.size())))).build()
                            : filter().techniques(Set.of(String.format("T1%03d", random.nextInt(600)))).tactics(Set.of(
                                    AlertCorpus.TACTICS[random.nextInt(AlertCorpus.TACTICS.length)])).build(), AlertSort.TIME, true, List.of())),
                    new Kind("free-text", () -> page(es, index, filter().text(random.nextInt(4) == 0
                            ? String.format("host-%03d", random.nextInt(240)) : AlertCorpus.WORDS[random.nextInt(AlertCorpus.WORDS.length)])
                            .build(), AlertSort.TIME, true, List.of())),
                    new Kind("deep-page", () -> page(es, index, AlertFilter.ANY, AlertSort.TIME, true, List.of(
                            FieldValue.of(end.toEpochMilli() - (long) (random.nextDouble() * span)), FieldValue.of("")))),
                    new Kind("by-rule-name", () -> page(es, index, filter().statuses(active).build(), AlertSort.RULE, false, List.of())),
                    new Kind("count-new-5min", () -> es.count(AlertQueries.count(index,
                            filter().range(end.minusSeconds(300 + random.nextInt(86_400)), null).statuses(active).build(), null)).count()),
                    new Kind("officer-unit-newest", () -> page(es, index, AlertFilter.ANY, AlertSort.TIME, true, List.of(),
                            Set.of(AlertCorpus.unit(random.nextInt(AlertCorpus.UNITS))))),
                    new Kind("groups-24h", () -> groups(es, index, window(random, end, span, 1, active), false)),
                    new Kind("groups-7d", () -> groups(es, index, window(random, end, span, 7, active), false)),
                    new Kind("groups-all", () -> groups(es, index, AlertFilter.ANY, false)),
                    // The grouping before soc.alert.group, still used for an index holding alerts without it: the baseline.
                    new Kind("legacy-groups-24h", () -> groups(es, index, window(random, end, span, 1, active), true)),
                    new Kind("legacy-groups-7d", () -> groups(es, index, window(random, end, span, 7, active), true)),
                    new Kind("legacy-groups-all", () -> groups(es, index, AlertFilter.ANY, true)));
            Map<String, List<Long>> timings = new LinkedHashMap<>();
            kinds.forEach(k -> timings.put(k.name(), new ArrayList<>()));
            List<Kind> order = new ArrayList<>();
            for (int i = 0; i < warmup + n; i++) {
                order.addAll(kinds);
            }
            // Interleaved at random, so the cache state and the machine's other load spread over every kind alike.
            java.util.Collections.shuffle(order, new java.util.Random(seed));
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (Kind k : order) {
                int i = seen.merge(k.name(), 1, Integer::sum);
                long t0 = System.nanoTime();
                k.query().call();
                long micros = (System.nanoTime() - t0) / 1000;
                if (i > warmup) {
                    timings.get(k.name()).add(micros);
                }
            }
            for (Map.Entry<String, List<Long>> e : timings.entrySet()) {
                long[] t = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf(java.util.Locale.ROOT, "RESULT %s %d %.1f %.1f %.1f %.1f%n", e.getKey(), t.length, pct(t, 50), pct(t, 95),
                        pct(t, 99), t[t.length - 1] / 1000.0);
            }
        }
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
    }

    private static Object page(ElasticsearchClient es, String index, AlertFilter f, AlertSort sort, boolean desc, List<FieldValue> after)
            throws Exception {
        return page(es, index, f, sort, desc, after, null);
    }

    private static Object page(ElasticsearchClient es, String index, AlertFilter f, AlertSort sort, boolean desc, List<FieldValue> after,
            Set<String> scope) throws Exception {
        SearchResponse<JsonData> r = es.search(AlertQueries.page(index, f, scope, sort, desc, 50, after), JsonData.class);
        List<AlertSummary> rows = new ArrayList<>();
        r.hits().hits().forEach(h -> rows.add(AlertSummary.of(h.id(), EventJson.read(h.source().toJson().toString()))));
        return rows;
    }

    /** Open and acknowledged alerts of {@code days} days ending at a random moment of the corpus. */
    private static AlertFilter window(SplittableRandom random, Instant end, long span, int days, Set<TriageStatus> active) {
        Instant to = end.minusMillis((long) (random.nextDouble() * (span - days * 86_400_000L)));
        return filter().range(to.minusSeconds(days * 86_400L), to).statuses(active).build();
    }

    /** A first page of 50 groups: the portal's whole path (both searches, rows read), or the legacy request alone. */
    private static Object groups(ElasticsearchClient es, String index, AlertFilter f, boolean legacy) throws Exception {
        if (legacy) {
            return es.search(AlertQueries.legacyGroups(index, f, null, 50, null, false, null, false), JsonData.class).aggregations().size();
        }
        AlertGroupPage page = GroupedView.page(r -> es.search(r, JsonData.class), index, f, null, 50, null);
        if (page.groups().isEmpty()) {
            throw new IllegalStateException("no group in " + index + " for " + f);
        }
        return page;
    }

    private static FilterBuilder filter() {
        return new FilterBuilder();
    }

    /** The bench's way of writing a filter: only the parts a query kind sets. */
    private static final class FilterBuilder {
        private Instant from;
        private Instant to;
        private Set<String> priorities = Set.of();
        private Set<String> units = Set.of();
        private Set<Integer> systemLevels = Set.of();
        private Set<String> rules = Set.of();
        private Set<String> tactics = Set.of();
        private Set<String> techniques = Set.of();
        private Set<TriageStatus> statuses = Set.of();
        private String text;

        FilterBuilder range(Instant f, Instant t) {
            from = f;
            to = t;
            return this;
        }

        FilterBuilder priorities(Set<String> v) {
            priorities = v;
            return this;
        }

        FilterBuilder units(Set<String> v) {
            units = v;
            return this;
        }

        FilterBuilder systemLevels(Set<Integer> v) {
            systemLevels = v;
            return this;
        }

        FilterBuilder rules(Set<String> v) {
            rules = v;
            return this;
        }

        FilterBuilder tactics(Set<String> v) {
            tactics = v;
            return this;
        }

        FilterBuilder techniques(Set<String> v) {
            techniques = v;
            return this;
        }

        FilterBuilder statuses(Set<TriageStatus> v) {
            statuses = v;
            return this;
        }

        FilterBuilder text(String v) {
            text = v;
            return this;
        }

        AlertFilter build() {
            return new AlertFilter(from, to, priorities, Set.of(), units, Set.of(), systemLevels, rules, tactics, techniques, statuses, text);
        }
    }

}
