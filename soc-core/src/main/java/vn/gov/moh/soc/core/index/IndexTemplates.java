package vn.gov.moh.soc.core.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import vn.gov.moh.soc.core.naming.Namespace;

/**
 * The templates to install in Elasticsearch before the first event is indexed, in install
 * order: the component templates first, then the index templates that are composed of them.
 */
public final class IndexTemplates {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ECS_BASE = "soc-ecs-base";
    private static final String ALERT_FIELDS = "soc-alert-fields";

    private IndexTemplates() {
    }

    /** Every template for the given namespace, components first. */
    public static List<TemplateDefinition> forNamespace(Namespace ns) {
        String base = named(ns, ECS_BASE);
        String alertFields = named(ns, ALERT_FIELDS);
        return List.of(
                new TemplateDefinition(TemplateDefinition.Kind.COMPONENT, base, load("ecs-base.json")),
                new TemplateDefinition(TemplateDefinition.Kind.COMPONENT, alertFields, load("alert-fields.json")),
                indexTemplate(named(ns, "soc-events"), "events.json", ns.eventsIndexPattern(), base),
                indexTemplate(named(ns, "soc-alerts"), "alerts.json", ns.alertsIndex(), base, alertFields));
    }

    private static TemplateDefinition indexTemplate(String name, String resource, String pattern,
            String... components) {
        ObjectNode body = load(resource);
        body.putArray("index_patterns").add(pattern);
        ArrayNode composedOf = body.putArray("composed_of");
        for (String component : components) {
            composedOf.add(component);
        }
        return new TemplateDefinition(TemplateDefinition.Kind.INDEX, name, body);
    }

    private static String named(Namespace ns, String base) {
        return ns.prefix().isEmpty() ? base : ns.prefix() + "-" + base;
    }

    private static ObjectNode load(String resource) {
        try (InputStream in = IndexTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("index template resource missing from soc-core: " + resource);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read index template " + resource, e);
        }
    }
}
