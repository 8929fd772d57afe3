package vn.gov.moh.soc.core.sigma.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Values of {@code %name%} placeholders for the {@code expand} modifier. */
public final class Placeholders {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final Map<String, List<String>> values;

    public Placeholders(Map<String, List<String>> values) {
        this.values = Map.copyOf(values);
    }

    /** The placeholders shipped in soc-core ({@code placeholders.yml}). */
    public static Placeholders defaults() {
        return load(Placeholders.class.getResourceAsStream("placeholders.yml"), "placeholders.yml");
    }

    public static Placeholders load(InputStream yaml, String name) {
        try (yaml) {
            JsonNode root = YAML.readTree(yaml);
            Map<String, List<String>> values = new HashMap<>();
            if (root != null) {
                root.fields().forEachRemaining(e -> {
                    List<String> list = new ArrayList<>();
                    if (e.getValue().isArray()) {
                        e.getValue().forEach(v -> list.add(v.asText()));
                    } else if (!e.getValue().isNull()) {
                        list.add(e.getValue().asText());
                    }
                    values.put(e.getKey(), list);
                });
            }
            return new Placeholders(values);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read placeholders " + name, e);
        }
    }

    /** The values of a placeholder, if configured. */
    public Optional<List<String>> get(String name) {
        return Optional.ofNullable(values.get(name));
    }
}
