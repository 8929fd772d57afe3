package vn.gov.moh.soc.stack.part;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.gov.moh.soc.core.index.IndexTemplates;
import vn.gov.moh.soc.core.index.TemplateDefinition;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.stack.config.Setting;
import vn.gov.moh.soc.stack.config.StackConfig;

/**
 * A single-node Elasticsearch from the integ-test-zip distribution. Elasticsearch refuses to run
 * as root, so when the launcher is root the node runs as an unprivileged system user (created on
 * first use) that owns the part's folder. The distribution stays read-only; configuration, data,
 * logs and temporary files live beside it.
 */
public final class ElasticsearchPart extends Part {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ElasticsearchPart(StackConfig config, Distributions distributions) {
        super(config, distributions);
    }

    @Override
    public String name() {
        return "elasticsearch";
    }

    @Override
    public Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("HTTP API", config.port(Setting.ELASTICSEARCH_PORT));
        ports.put("transport", config.port(Setting.ELASTICSEARCH_TRANSPORT_PORT));
        return ports;
    }

    public String url() {
        return "http://127.0.0.1:" + config.port(Setting.ELASTICSEARCH_PORT);
    }

    @Override
    public String address() {
        return url();
    }

    @Override
    public Map<String, String> endpoints() {
        return Map.of("elasticsearch.url", url());
    }

    private Path home() {
        return dir.resolve("home-" + distributions.version("elasticsearch"));
    }

    @Override
    protected void prepare() {
        Distributions.unpack(distributions.elasticsearchZip(), home());
        Path conf = dir.resolve("config");
        try {
            Files.createDirectories(conf);
            copyTree(home().resolve("config"), conf);
            for (String sub : List.of("data", "logs", "tmp")) {
                Files.createDirectories(dir.resolve(sub));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir, e);
        }
        write(conf.resolve("elasticsearch.yml"), String.join("\n",
                "# Written by ./soc on every start; edit the stack settings instead.",
                "cluster.name: health-soc",
                "node.name: soc-es-1",
                "discovery.type: single-node",
                "network.host: 127.0.0.1",
                "http.port: " + config.port(Setting.ELASTICSEARCH_PORT),
                "transport.port: " + config.port(Setting.ELASTICSEARCH_TRANSPORT_PORT),
                "path.data: " + dir.resolve("data"),
                "path.logs: " + dir.resolve("logs"),
                "xpack.security.enabled: false",
                "# A developer's disk may be nearly full; do not turn indices read-only for that.",
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "action.destructive_requires_name: true",
                ""));
        if (ServiceUser.launcherIsRoot()) {
            serviceUser().takeOver(dir, home().resolve("bin/elasticsearch"), "Elasticsearch");
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!Files.exists(target)) {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private ServiceUser serviceUser() {
        return new ServiceUser(config.get(Setting.ELASTICSEARCH_USER));
    }

    @Override
    protected List<String> command() {
        return serviceUser().asUser(List.of(home().resolve("bin/elasticsearch").toString()));
    }

    @Override
    protected Map<String, String> environment() {
        Map<String, String> env = super.environment();
        String heap = config.get(Setting.ELASTICSEARCH_HEAP);
        env.put("ES_JAVA_HOME", System.getProperty("java.home"));
        env.put("ES_PATH_CONF", dir.resolve("config").toString());
        env.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
        env.put("ES_TMPDIR", dir.resolve("tmp").toString());
        return env;
    }

    @Override
    public boolean healthy() {
        Http.Response r = Http.get(url() + "/_cluster/health");
        if (!r.ok()) {
            return false;
        }
        try {
            JsonNode health = JSON.readTree(r.body());
            return !"red".equals(health.path("status").asText("red"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Installs soc-core's index templates for the configured namespace. */
    @Override
    public void install() {
        installTemplates(url(), config.namespace());
    }

    /** Puts every index template of soc-core for the namespace; an existing one is replaced. */
    public static void installTemplates(String url, Namespace namespace) {
        for (TemplateDefinition template : IndexTemplates.forNamespace(namespace)) {
            Http.Response r = Http.put(url + "/" + template.apiPath(), template.json());
            if (!r.ok()) {
                throw new IllegalStateException("Elasticsearch refused template " + template.name()
                        + " (HTTP " + r.status() + "): " + r.body());
            }
        }
    }
}
