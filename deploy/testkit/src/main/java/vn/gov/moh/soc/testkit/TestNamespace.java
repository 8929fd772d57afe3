package vn.gov.moh.soc.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import vn.gov.moh.soc.core.index.IndexTemplates;
import vn.gov.moh.soc.core.index.TemplateDefinition;
import vn.gov.moh.soc.core.naming.Namespace;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.stack.part.Http;

/**
 * A test class's namespace and what was created in it, deleted after the class so that a
 * reused stack does not fill up with test data.
 */
record TestNamespace(Namespace namespace, KafkaEndpoint kafka, ElasticsearchEndpoint elasticsearch) {
    private static final ObjectMapper JSON = new ObjectMapper();

    void delete() {
        if (kafka != null) {
            deleteTopics();
        }
        if (elasticsearch != null) {
            deleteIndicesAndTemplates();
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
        java.util.Collections.reverse(templates); // index templates before the components they use
        for (TemplateDefinition t : templates) {
            Http.delete(url + "/" + t.apiPath());
        }
    }
}
