package vn.gov.moh.soc.jobs.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.gov.moh.soc.testkit.ElasticsearchEndpoint;

/** What the job indexed, read back from the test kit's Elasticsearch over its REST API. */
final class Indices {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String url;

    Indices(ElasticsearchEndpoint elasticsearch) {
        this.url = elasticsearch.url();
    }

    /** Every document of the indices (a name or pattern), after a refresh: id and source. Up to 10,000. */
    List<JsonNode> documents(String indices) throws IOException, InterruptedException {
        call("POST", "/" + indices + "/_refresh?allow_no_indices=true", null);
        JsonNode r = call("POST", "/" + indices + "/_search?allow_no_indices=true",
                "{\"size\":10000,\"track_total_hits\":true,\"query\":{\"match_all\":{}}}");
        List<JsonNode> out = new ArrayList<>();
        r.path("hits").path("hits").forEach(out::add);
        if (r.path("hits").path("total").path("value").asLong() != out.size()) {
            throw new IllegalStateException("more than 10,000 documents in " + indices);
        }
        return out;
    }

    /** The index's mapped fields ({@code mappings.properties}). */
    JsonNode mapping(String index) throws IOException, InterruptedException {
        return call("GET", "/" + index + "/_mapping", null).path(index).path("mappings").path("properties");
    }

    /** The documents' ids. */
    List<String> ids(String indices) throws IOException, InterruptedException {
        return documents(indices).stream().map(d -> d.path("_id").asText()).toList();
    }

    private JsonNode call(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IOException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
