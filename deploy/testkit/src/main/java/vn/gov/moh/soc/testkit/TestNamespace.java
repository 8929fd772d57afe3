package vn.gov.moh.soc.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import vn.gov.moh.soc.core.index.IndexTemplates;
import vn.gov.moh.soc.core.index.TemplateDefinition;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.stack.part.Http;

/**
 * A test class's namespace and what was created in it (topics, index templates, a PostgreSQL
 * database), deleted after the class so that a reused stack does not fill up with test data.
 */
final class TestNamespace {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Namespace namespace;
    private final KafkaEndpoint kafka;
    private final ElasticsearchEndpoint elasticsearch;
    private PostgresEndpoint database;

    TestNamespace(Namespace namespace, KafkaEndpoint kafka, ElasticsearchEndpoint elasticsearch) {
        this.namespace = namespace;
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
    }

    Namespace namespace() {
        return namespace;
    }

    KafkaEndpoint kafka() {
        return kafka;
    }

    ElasticsearchEndpoint elasticsearch() {
        return elasticsearch;
    }

    /** The class's database, named after the namespace, created on the first call. */
    synchronized PostgresEndpoint database(Supplier<PostgresEndpoint> server) {
        if (database == null) {
            PostgresEndpoint admin = server.get();
            String name = databaseName(namespace);
            execute(admin, "create database " + name + " encoding 'UTF8'");
            database = admin.withDatabase(name);
        }
        return database;
    }

    /** {@code t-myit-3f9a} becomes {@code t_myit_3f9a}: an identifier PostgreSQL takes unquoted. */
    static String databaseName(Namespace namespace) {
        return namespace.prefix().replace('-', '_');
    }

    void delete() {
        if (kafka != null) {
            deleteTopics();
        }
        if (elasticsearch != null) {
            deleteIndicesAndTemplates();
        }
        if (database != null) {
            try {
                // FORCE: a server under test (Payara's pool) may still hold connections.
                execute(database.withDatabase("postgres"), "drop database if exists " + database.database() + " with (force)");
            } catch (IllegalStateException e) {
                System.err.println("[testkit] could not drop the database of " + namespace + ": " + e.getMessage());
            }
        }
    }

    private static void execute(PostgresEndpoint db, String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + db.jdbcUrl() + ": " + e.getMessage(), e);
        }
    }

    private void deleteTopics() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            List<String> names = new ArrayList<>();
            for (String name : admin.listTopics().names().get(30, TimeUnit.SECONDS)) {
                for (Topic topic : Topic.values()) {
                    if (name.equals(namespace.topic(topic))) {
                        names.add(name);
                    }
                }
            }
            admin.deleteTopics(names).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("[testkit] could not delete the topics of " + namespace + ": " + e);
        }
    }

    private void deleteIndicesAndTemplates() {
        String url = elasticsearch.url();
        // Wildcard deletes are refused (action.destructive_requires_name): list, then delete by name.
        Http.Response list = Http.get(url + "/_cat/indices/" + namespace.prefix() + "-*?format=json&h=index");
        try {
            List<String> indices = new ArrayList<>();
            for (JsonNode row : JSON.readTree(list.body())) {
                indices.add(row.path("index").asText());
            }
            if (!indices.isEmpty()) {
                Http.delete(url + "/" + String.join(",", indices));
            }
        } catch (IOException e) {
            System.err.println("[testkit] could not list the indices of " + namespace + ": " + list.body());
        }
        List<TemplateDefinition> templates = new ArrayList<>(IndexTemplates.forNamespace(namespace));
        Collections.reverse(templates); // index templates before the components they use
        for (TemplateDefinition t : templates) {
            Http.delete(url + "/" + t.apiPath());
        }
    }
}
