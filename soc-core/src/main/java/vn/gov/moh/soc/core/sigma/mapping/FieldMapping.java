package vn.gov.moh.soc.core.sigma.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import vn.gov.moh.soc.core.sigma.rule.RuleLogSource;

/**
 * Maps Sigma field names to ECS field names, per rule log source (see
 * {@code field-mappings.yml} for the semantics).
 */
public final class FieldMapping {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final FieldMapping DEFAULT = load(FieldMapping.class.getResourceAsStream("field-mappings.yml"),
            "field-mappings.yml");

    private final List<Pipeline> pipelines;

    /** One pipeline of the file. */
    public record Pipeline(String name, RuleLogSource selector, Map<String, String> fields, String unmapped) {
        boolean fits(RuleLogSource rule) {
            return matches(selector.product(), rule.product())
                    && matches(selector.category(), rule.category())
                    && matches(selector.service(), rule.service());
        }

        private static boolean matches(String wanted, String actual) {
            return wanted == null || wanted.equals(actual);
        }
    }

    private FieldMapping(List<Pipeline> pipelines) {
        this.pipelines = List.copyOf(pipelines);
    }

    /** The mappings shipped in soc-core. */
    public static FieldMapping defaults() {
        return DEFAULT;
    }

    /** No mapping at all: rules name event fields directly. */
    public static FieldMapping identity() {
        return new FieldMapping(List.of());
    }

    /**
     * Reads a mapping file.
     *
     * @throws IllegalArgumentException naming the file and the problem
     */
    public static FieldMapping load(InputStream yaml, String name) {
        Objects.requireNonNull(yaml, "mapping file " + name + " not found");
        try (yaml) {
            JsonNode root = YAML.readTree(yaml);
            List<Pipeline> pipelines = new ArrayList<>();
            for (JsonNode p : root.path("pipelines")) {
                String pipelineName = p.path("name").asText(null);
                if (pipelineName == null) {
                    throw new IllegalArgumentException(name + ": a pipeline has no name");
                }
                JsonNode ls = p.path("logsource");
                RuleLogSource selector = new RuleLogSource(ls.path("product").asText(null),
                        ls.path("category").asText(null), ls.path("service").asText(null));
                Map<String, String> fields = new LinkedHashMap<>();
                p.path("fields").fields().forEachRemaining(e -> {
                    if (!e.getValue().isTextual()) {
                        throw new IllegalArgumentException(name + ": pipeline " + pipelineName + " maps "
                                + e.getKey() + " to a non-text value");
                    }
                    fields.put(e.getKey(), e.getValue().asText());
                });
                String unmapped = p.path("unmapped").asText(null);
                if (unmapped != null && !unmapped.contains("{field}")) {
                    throw new IllegalArgumentException(name + ": pipeline " + pipelineName
                            + " has an 'unmapped' template without {field}");
                }
                pipelines.add(new Pipeline(pipelineName, selector, Collections.unmodifiableMap(fields), unmapped));
            }
            return new FieldMapping(pipelines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read mapping file " + name, e);
        }
    }

    /** The function that renames a rule's fields for its log source. */
    public UnaryOperator<String> forLogSource(RuleLogSource logSource) {
        List<Pipeline> fitting = pipelines.stream().filter(p -> p.fits(logSource)).toList();
        if (fitting.isEmpty()) {
            return UnaryOperator.identity();
        }
        return field -> {
            for (Pipeline p : fitting) {
                String mapped = p.fields().get(field);
                if (mapped != null) {
                    return mapped;
                }
            }
            for (Pipeline p : fitting) {
                if (p.unmapped() != null) {
                    // Fields that already name an ECS field of ours (dotted) pass through.
                    return field.indexOf('.') >= 0 ? field : p.unmapped().replace("{field}", field);
                }
            }
            return field;
        };
    }

    /** A pipeline by name, for parsers that fill ECS fields from the same table. */
    public Pipeline pipeline(String name) {
        return pipelines.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no mapping pipeline named " + name));
    }
}
