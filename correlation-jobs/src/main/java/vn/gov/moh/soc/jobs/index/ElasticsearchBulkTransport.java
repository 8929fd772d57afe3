package vn.gov.moh.soc.jobs.index;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLContext;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/**
 * Bulk requests through elasticsearch-java's asynchronous client. Sources are sent as the bytes
 * the mapper made ({@link BinaryData}), never parsed and serialized again.
 */
final class ElasticsearchBulkTransport implements BulkTransport {
    private final RestClient rest;
    private final ElasticsearchAsyncClient client;

    ElasticsearchBulkTransport(ElasticsearchSinkConfig config) throws IOException {
        HttpHost[] hosts = config.hosts().stream().map(u -> new HttpHost(u.getHost(), u.getPort(), u.getScheme()))
                .toArray(HttpHost[]::new);
        RestClientBuilder builder = RestClient.builder(hosts);
        SSLContext ssl;
        try {
            ssl = config.sslContext() == null ? null : config.sslContext().create();
        } catch (Exception e) {
            throw new IOException("could not build the TLS context for Elasticsearch: " + e.getMessage(), e);
        }
        if (config.username() != null || ssl != null) {
            builder.setHttpClientConfigCallback(http -> {
                if (config.username() != null) {
                    BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                    credentials.setCredentials(AuthScope.ANY,
                            new UsernamePasswordCredentials(config.username(), config.password()));
                    http.setDefaultCredentialsProvider(credentials);
                }
                if (ssl != null) {
                    http.setSSLContext(ssl);
                }
                return http;
            });
        }
        this.rest = builder.build();
        this.client = new ElasticsearchAsyncClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
    }

    @Override
    public CompletableFuture<List<ItemResult>> bulk(List<IndexDocument> documents) {
        BulkRequest.Builder request = new BulkRequest.Builder();
        for (IndexDocument doc : documents) {
            BinaryData source = BinaryData.of(doc.source(), ContentType.APPLICATION_JSON);
            if (doc.operation() == IndexDocument.Operation.CREATE) {
                request.operations(op -> op.create(c -> c.index(doc.index()).id(doc.id()).document(source)));
            } else {
                request.operations(op -> op.index(i -> i.index(doc.index()).id(doc.id()).document(source)));
            }
        }
        return client.bulk(request.build()).handle((response, error) -> {
            if (error != null) {
                throw new CompletionException(translate(unwrap(error)));
            }
            List<ItemResult> results = new ArrayList<>(response.items().size());
            for (BulkResponseItem item : response.items()) {
                results.add(item.error() == null ? new ItemResult(item.status(), null)
                        : new ItemResult(item.status(), describe(item.error())));
            }
            return results;
        });
    }

    /** The error type and reason, with the first cause: what an operator needs to fix the mapping or the record. */
    private static String describe(ErrorCause e) {
        String text = e.type() + ": " + e.reason();
        if (e.causedBy() != null) {
            text += " (caused by " + e.causedBy().type() + ": " + e.causedBy().reason() + ")";
        }
        return text;
    }

    private static Throwable translate(Throwable t) {
        if (t instanceof ElasticsearchException e) {
            return new BulkRequestFailedException(e.status(), e.error() == null ? e.getMessage() : describe(e.error()), e);
        }
        if (t instanceof TransportException e && e.statusCode() >= 100) {
            return new BulkRequestFailedException(e.statusCode(), e.getMessage(), e);
        }
        return t;
    }

    private static Throwable unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    @Override
    public void close() throws IOException {
        rest.close();
    }
}
