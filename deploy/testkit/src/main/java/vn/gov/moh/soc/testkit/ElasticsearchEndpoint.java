package vn.gov.moh.soc.testkit;

/**
 * A running Elasticsearch node.
 *
 * @param url the HTTP API, e.g. {@code http://127.0.0.1:9200}
 */
public record ElasticsearchEndpoint(String url) {
}
