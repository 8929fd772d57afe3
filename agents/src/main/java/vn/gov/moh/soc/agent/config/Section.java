package vn.gov.moh.soc.agent.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.moh.soc.core.time.DurationText;

/**
 * One mapping of the YAML file, read setting by setting: each read names the setting by its
 * full path ({@code inputs[1].multiline.timeout}) in errors, and {@link #done} refuses the keys
 * nobody read, so a misspelt setting is never silently ignored.
 */
final class Section {
    private final JsonNode node;
    private final String path;
    private final Set<String> read = new LinkedHashSet<>();

    Section(JsonNode node, String path) {
        if (node != null && !node.isNull() && !node.isObject()) {
            throw new ConfigException(where(path) + "must be a mapping of settings");
        }
        this.node = node;
        this.path = path;
    }

    private static String where(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private JsonNode get(String key) {
        read.add(key);
        JsonNode v = node == null ? null : node.get(key);
        return v == null || v.isNull() ? null : v;
    }

    boolean has(String key) {
        return node != null && node.has(key) && !node.get(key).isNull();
    }

    String string(String key, String fallback) {
        JsonNode v = get(key);
        if (v == null) {
            return fallback;
        }
        if (!v.isValueNode()) {
            throw new ConfigException(path(key) + ": must be a single value, not " + v.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        String s = v.asText().trim();
        if (s.isEmpty()) {
            throw new ConfigException(path(key) + ": must not be empty");
        }
        return s;
    }

    String required(String key) {
        String s = string(key, null);
        if (s == null) {
            throw new ConfigException(path(key) + ": is required");
        }
        return s;
    }

    String matching(String key, String fallback, String regex, String what) {
        String s = string(key, fallback);
        if (s != null && !s.matches(regex)) {
            throw new ConfigException(path(key) + ": '" + s + "' is not " + what);
        }
        return s;
    }

    <E extends Enum<E>> E choice(String key, E fallback, Class<E> type) {
        String s = string(key, null);
        if (s == null) {
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().replace('_', '-').equalsIgnoreCase(s) || e.name().equalsIgnoreCase(s)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw new ConfigException(path(key) + ": '" + s + "' is not one of " + String.join(", ", names));
    }

    boolean bool(String key, boolean fallback) {
        JsonNode v = get(key);
        if (v == null) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw new ConfigException(path(key) + ": must be true or false");
        }
        return v.booleanValue();
    }

    int integer(String key, int fallback, int min, int max) {
        JsonNode v = get(key);
        if (v == null) {
            return fallback;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new ConfigException(path(key) + ": must be a whole number");
        }
        int i = v.intValue();
        if (i < min || i > max) {
            throw new ConfigException(path(key) + ": " + i + " is outside " + min + ".." + max);
        }
        return i;
    }

    Duration duration(String key, Duration fallback, Duration min, Duration max) {
        String s = string(key, null);
        if (s == null) {
            return fallback;
        }
        Duration d;
        try {
            d = DurationText.SETTING.parse(s);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(path(key) + ": " + e.getMessage() + " (write 500ms, 30s, 10m or 1h)");
        }
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw new ConfigException(path(key) + ": " + s + " is outside " + min + ".." + max);
        }
        return d;
    }

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kib|mib|gib|kb|mb|gb|k|m|g)?");

    long size(String key, long fallback, long min, long max) {
        String s = string(key, null);
        if (s == null) {
            return fallback;
        }
        Matcher m = SIZE.matcher(s.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ConfigException(path(key) + ": '" + s + "' is not a size (write 512KiB, 64MiB or 1GiB)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        long factor = switch (unit.charAt(0)) {
            case 'k' -> unit.contains("i") || unit.length() == 1 ? 1024L : 1000L;
            case 'm' -> unit.contains("i") || unit.length() == 1 ? 1024L * 1024 : 1000L * 1000;
            case 'g' -> unit.contains("i") || unit.length() == 1 ? 1024L * 1024 * 1024 : 1000L * 1000 * 1000;
            default -> 1;
        };
        long bytes = n * factor;
        if (bytes < min || bytes > max) {
            throw new ConfigException(path(key) + ": " + s + " is outside " + min + ".." + max + " bytes");
        }
        return bytes;
    }

    List<String> strings(String key, boolean required) {
        JsonNode v = get(key);
        if (v == null) {
            if (required) {
                throw new ConfigException(path(key) + ": is required");
            }
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (v.isValueNode()) {
            out.add(v.asText());
        } else if (v.isArray()) {
            for (JsonNode item : v) {
                if (!item.isValueNode() || item.asText().isBlank()) {
                    throw new ConfigException(path(key) + ": every item must be a non-empty text");
                }
                out.add(item.asText());
            }
        } else {
            throw new ConfigException(path(key) + ": must be a text or a list of texts");
        }
        if (required && out.isEmpty()) {
            throw new ConfigException(path(key) + ": must name at least one item");
        }
        return List.copyOf(out);
    }

    Section section(String key) {
        JsonNode v = get(key);
        return new Section(v, path(key));
    }

    List<Section> sections(String key) {
        JsonNode v = get(key);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new ConfigException(path(key) + ": must be a list");
        }
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            out.add(new Section(v.get(i), path(key) + "[" + i + "]"));
        }
        return out;
    }

    /** Free-form key/value pairs (an escape hatch such as extra Kafka producer properties). */
    java.util.Map<String, String> pairs(String key) {
        JsonNode v = get(key);
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (v == null) {
            return out;
        }
        if (!v.isObject()) {
            throw new ConfigException(path(key) + ": must be a mapping");
        }
        v.fields().forEachRemaining(e -> {
            if (!e.getValue().isValueNode()) {
                throw new ConfigException(path(key) + "." + e.getKey() + ": must be a single value");
            }
            out.put(e.getKey(), e.getValue().asText());
        });
        return out;
    }

    /** Refuses keys that no setting read. */
    void done() {
        if (node == null) {
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!read.contains(key)) {
                throw new ConfigException(path(key) + ": unknown setting (known here: " + String.join(", ", read) + ")");
            }
        }
    }
}
