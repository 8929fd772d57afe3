package vn.gov.moh.soc.jobs.index;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Settings of the Elasticsearch sink, checked when built: a wrong value stops the job before it
 * starts, with a message naming the setting. Serializable: it travels with the job graph.
 *
 * <p>Bytes in flight are bounded by {@code maxInFlightRequests × bulkBytes} (a request never holds
 * more than one bulk); when that many requests are in flight, or retrying, the writer blocks.
 */
public final class ElasticsearchSinkConfig implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<URI> hosts;
    private final int bulkActions;
    private final long bulkBytes;
    private final Duration flushInterval;
    private final int maxInFlightRequests;
    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final String username;
    private final String password;
    private final SslContextFactory sslContext;

    private ElasticsearchSinkConfig(Builder b) {
        this.hosts = List.copyOf(b.hosts);
        this.bulkActions = b.bulkActions;
        this.bulkBytes = b.bulkBytes;
        this.flushInterval = b.flushInterval;
        this.maxInFlightRequests = b.maxInFlightRequests;
        this.maxRetries = b.maxRetries;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.username = b.username;
        this.password = b.password;
        this.sslContext = b.sslContext;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** HTTP(S) addresses of the cluster's nodes ({@code http://127.0.0.1:9200}). */
    public List<URI> hosts() {
        return hosts;
    }

    /** A bulk request is sent when it holds this many documents. */
    public int bulkActions() {
        return bulkActions;
    }

    /** ... or this many bytes (action lines and sources). */
    public long bulkBytes() {
        return bulkBytes;
    }

    /** ... or when its first document has waited this long. */
    public Duration flushInterval() {
        return flushInterval;
    }

    public int maxInFlightRequests() {
        return maxInFlightRequests;
    }

    /** Attempts after the first for a document Elasticsearch refused for a passing reason. */
    public int maxRetries() {
        return maxRetries;
    }

    public Duration initialBackoff() {
        return initialBackoff;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** Wait before retry number {@code attempt} (1 for the first retry): doubled each time, capped. */
    public Duration backoff(int attempt) {
        long millis = initialBackoff.toMillis();
        for (int i = 1; i < attempt && millis < maxBackoff.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }

    /** User name for HTTP basic authentication; null for none. */
    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** Builds the TLS context for {@code https} hosts; null for the JVM's default. */
    public SslContextFactory sslContext() {
        return sslContext;
    }

    @Override
    public String toString() {
        return "ElasticsearchSinkConfig[hosts=" + hosts + ", bulkActions=" + bulkActions + ", bulkBytes=" + bulkBytes
                + ", flushInterval=" + flushInterval + ", maxInFlightRequests=" + maxInFlightRequests + ", maxRetries="
                + maxRetries + ", backoff=" + initialBackoff + ".." + maxBackoff + ", user=" + username + "]";
    }

    /** Builds the TLS context of the client in each writer (trust store, client certificate). */
    @FunctionalInterface
    public interface SslContextFactory extends Serializable {
        SSLContext create() throws Exception;
    }

    public static final class Builder {
        private final List<URI> hosts = new ArrayList<>();
        private int bulkActions = 1000;
        private long bulkBytes = 5L * 1024 * 1024;
        private Duration flushInterval = Duration.ofSeconds(1);
        private int maxInFlightRequests = 2;
        private int maxRetries = 8;
        private Duration initialBackoff = Duration.ofMillis(100);
        private Duration maxBackoff = Duration.ofSeconds(10);
        private String username;
        private String password;
        private SslContextFactory sslContext;

        private Builder() {
        }

        /** Adds node addresses; each must be {@code http://host:port} or {@code https://host:port}. */
        public Builder hosts(String... urls) {
            for (String url : urls) {
                URI uri;
                try {
                    uri = URI.create(Objects.requireNonNull(url, "host"));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("elasticsearch host '" + url + "' is not a URL: " + e.getMessage());
                }
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw new IllegalArgumentException(
                            "elasticsearch host '" + url + "' must be http://host:port or https://host:port");
                }
                hosts.add(uri);
            }
            return this;
        }

        public Builder bulkActions(int n) {
            this.bulkActions = checkRange("bulkActions", n, 1, 100_000);
            return this;
        }

        public Builder bulkBytes(long n) {
            if (n < 1024 || n > 100L * 1024 * 1024) {
                throw new IllegalArgumentException("bulkBytes must be from 1 KiB to 100 MiB (Elasticsearch's"
                        + " default http.max_content_length), not " + n);
            }
            this.bulkBytes = n;
            return this;
        }

        public Builder flushInterval(Duration d) {
            this.flushInterval = checkPositive("flushInterval", d);
            return this;
        }

        public Builder maxInFlightRequests(int n) {
            this.maxInFlightRequests = checkRange("maxInFlightRequests", n, 1, 64);
            return this;
        }

        public Builder maxRetries(int n) {
            this.maxRetries = checkRange("maxRetries", n, 0, 100);
            return this;
        }

        public Builder backoff(Duration initial, Duration max) {
            checkPositive("initialBackoff", initial);
            checkPositive("maxBackoff", max);
            if (max.compareTo(initial) < 0) {
                throw new IllegalArgumentException("maxBackoff " + max + " is shorter than initialBackoff " + initial);
            }
            this.initialBackoff = initial;
            this.maxBackoff = max;
            return this;
        }

        public Builder credentials(String username, String password) {
            if (username == null || username.isEmpty() || password == null) {
                throw new IllegalArgumentException("credentials need a user name and a password");
            }
            this.username = username;
            this.password = password;
            return this;
        }

        public Builder sslContext(SslContextFactory factory) {
            this.sslContext = Objects.requireNonNull(factory, "sslContext");
            return this;
        }

        public ElasticsearchSinkConfig build() {
            if (hosts.isEmpty()) {
                throw new IllegalArgumentException("elasticsearch hosts: at least one is needed");
            }
            if (sslContext != null && hosts.stream().noneMatch(h -> "https".equals(h.getScheme()))) {
                throw new IllegalArgumentException("sslContext is set but no host uses https");
            }
            return new ElasticsearchSinkConfig(this);
        }

        private static int checkRange(String name, int n, int min, int max) {
            if (n < min || n > max) {
                throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ", not " + n);
            }
            return n;
        }

        private static Duration checkPositive(String name, Duration d) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be a positive duration, not " + d);
            }
            return d;
        }
    }
}
