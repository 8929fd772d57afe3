package vn.gov.moh.soc.portal.infrastructure.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.EventJson;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.event.EventDocument;
import vn.gov.moh.soc.portal.application.event.EventHit;
import vn.gov.moh.soc.portal.application.event.EventPage;
import vn.gov.moh.soc.portal.application.event.EventQuery;
import vn.gov.moh.soc.portal.application.event.EventSearch;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** The event search on the namespace's daily events indices; sources are read with soc-core's codec. */
@ApplicationScoped
public class ElasticsearchEventSearch implements EventSearch {
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern DAY = Pattern.compile("\\d{4}\\.\\d{2}\\.\\d{2}");

    @Inject
    SearchClient search;

    @Override
    public EventPage search(EventQuery query, Optional<Set<UnitId>> units) {
        SearchRequest request = EventRequests.search(search.namespace(), query, units);
        SearchResponse<JsonData> response = run("searching events", request, true);
        List<EventHit> events = new ArrayList<>();
        String next = null;
        for (Hit<JsonData> h : response.hits().hits()) {
            events.add(hit(h.index(), h.id(), h.source()));
            next = SearchCursor.encode(h.sort());
        }
        long total = response.hits().total() == null ? events.size() : response.hits().total().value();
        if (events.size() < query.size()) {
            next = null;
        }
        Map<String, List<EventPage.FacetCount>> facets = new LinkedHashMap<>();
        for (String facet : query.facets()) {
            facets.put(facet, counts(response.aggregations().get(facet)));
        }
        List<EventPage.Bucket> histogram = new ArrayList<>();
        Aggregate buckets = response.aggregations().get(EventRequests.HISTOGRAM);
        // No events index at all (a new namespace): Elasticsearch answers without aggregations.
        if (buckets != null) {
            for (DateHistogramBucket b : buckets.dateHistogram().buckets().array()) {
                histogram.add(new EventPage.Bucket(Instant.ofEpochMilli(b.key()), b.docCount()));
            }
        }
        return new EventPage(total, events, facets, query.histogramInterval(), histogram, next);
    }

    @Override
    public Optional<EventDocument> document(String index, String id) {
        if (!isEventsIndex(index)) {
            return Optional.empty();
        }
        GetResponse<JsonData> got;
        try {
            got = search.client().get(g -> g.index(index).id(id), JsonData.class);
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return Optional.empty(); // the daily index does not exist (any more)
            }
            throw SearchClient.unavailable("reading event " + id, e);
        } catch (IOException | RuntimeException e) {
            throw e instanceof SearchUnavailableException s ? s : SearchClient.unavailable("reading event " + id, e);
        }
        if (!got.found() || got.source() == null) {
            return Optional.empty();
        }
        String json = got.source().toJson().toString();
        EventHit hit = hit(got.index(), got.id(), got.source());
        List<EventDocument.Field> fields = new ArrayList<>();
        new TreeMap<>(hit.fields()).forEach((name, value) -> fields.add(new EventDocument.Field(name, hit.text(name))));
        try {
            json = PRETTY.writeValueAsString(PRETTY.readTree(json));
        } catch (JsonProcessingException e) {
            // Elasticsearch gave JSON: kept on one line if Jackson cannot indent it.
        }
        return Optional.of(new EventDocument(hit, json, fields));
    }

    @Override
    public List<EventHit> byIds(Collection<String> ids, Optional<Set<UnitId>> units) {
        SearchResponse<JsonData> response = run("looking up the alert's events",
                EventRequests.byIds(search.namespace(), ids, units), false);
        List<EventHit> events = new ArrayList<>();
        response.hits().hits().forEach(h -> events.add(hit(h.index(), h.id(), h.source())));
        return events;
    }

    /** A daily events index of this portal's namespace, and nothing else (not the alerts, not another namespace). */
    boolean isEventsIndex(String index) {
        String pattern = search.namespace().eventsIndexPattern();
        String prefix = pattern.substring(0, pattern.length() - 1);
        return index.startsWith(prefix) && DAY.matcher(index.substring(prefix.length())).matches();
    }

    private SearchResponse<JsonData> run(String what, SearchRequest request, boolean userQuery) {
        SearchResponse<JsonData> response;
        try {
            response = search.client().search(request, JsonData.class);
        } catch (ElasticsearchException e) {
            if (userQuery && e.status() == 400) {
                throw new InvalidFieldException("q", "Elasticsearch refused the query: " + SearchErrors.describe(e.error()));
            }
            throw SearchClient.unavailable(what, e);
        } catch (IOException | RuntimeException e) {
            throw e instanceof SearchUnavailableException s ? s : SearchClient.unavailable(what, e);
        }
        if (response.shards().failed().intValue() > 0) {
            // Partial results are off, so this is a safety net: never show a part as the whole.
            ErrorCause why = response.shards().failures().isEmpty() ? null : response.shards().failures().get(0).reason();
            String reason = why == null ? "shards failed" : SearchErrors.describe(why);
            if (userQuery && reason.startsWith("Cannot parse")) {
                throw new InvalidFieldException("q", "Elasticsearch refused the query: " + reason);
            }
            throw new SearchUnavailableException(what + ": " + response.shards().failed() + " of "
                    + response.shards().total() + " shards failed (" + reason + ")", null);
        }
        return response;
    }

    private static EventHit hit(String index, String id, JsonData source) {
        Event event = source == null ? new Event()
                : EventJson.read(source.toJson().toString().getBytes(StandardCharsets.UTF_8));
        return new EventHit(index, id, event.timestamp(), event.fields());
    }

    private static List<EventPage.FacetCount> counts(Aggregate agg) {
        List<EventPage.FacetCount> out = new ArrayList<>();
        if (agg == null) {
            return out;
        }
        if (agg.isSterms()) {
            agg.sterms().buckets().array().forEach(b -> out.add(new EventPage.FacetCount(b.key().stringValue(), b.docCount())));
        } else if (agg.isLterms()) {
            agg.lterms().buckets().array().forEach(b -> out.add(new EventPage.FacetCount(
                    b.keyAsString() != null ? b.keyAsString() : String.valueOf(b.key()), b.docCount())));
        } else if (agg.isDterms()) {
            agg.dterms().buckets().array().forEach(b -> out.add(new EventPage.FacetCount(
                    b.keyAsString() != null ? b.keyAsString() : String.valueOf(b.key()), b.docCount())));
        }
        return out;
    }
}
