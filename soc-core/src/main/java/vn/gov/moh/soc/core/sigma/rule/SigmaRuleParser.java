package vn.gov.moh.soc.core.sigma.rule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import vn.gov.moh.soc.core.time.DurationText;

/**
 * Parses Sigma YAML (one or several documents per file) into rules, filters and correlation
 * rules. A document that breaks the specification is rejected with its file, id and reason;
 * the other documents of the file still load.
 *
 * <p>YAML is read with explicit limits (size, nesting depth, aliases) so a hostile file fails
 * quickly instead of exhausting memory.
 */
public final class SigmaRuleParser {
    /** Largest rule file accepted. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;

    private static final ObjectMapper YAML;
    private static final List<String> CORRELATION_TYPES = List.of("event_count", "value_count", "temporal",
            "temporal_ordered", "value_sum", "value_avg", "value_percentile");
    private static final List<String> OPERATORS = List.of("gt", "gte", "lt", "lte", "eq", "neq");
    private static final List<String> LEVELS = List.of("informational", "low", "medium", "high", "critical");

    static {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(40);
        options.setCodePointLimit(MAX_FILE_BYTES);
        options.setAllowDuplicateKeys(false);
        YAML = new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build());
    }

    private SigmaRuleParser() {
    }

    /** Parses a file; unreadable or invalid YAML is reported as one rejected document. */
    public static SigmaDocuments parse(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                SigmaDocuments docs = new SigmaDocuments();
                docs.rejected().add(new RuleException(file.toString(), null,
                        "file is " + size + " bytes, more than the " + MAX_FILE_BYTES + " a rule file may have"));
                return docs;
            }
            return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            SigmaDocuments docs = new SigmaDocuments();
            docs.rejected().add(new RuleException(file.toString(), null, "cannot read: " + e.getMessage()));
            return docs;
        }
    }

    /**
     * Parses YAML text.
     *
     * @param source what to call it in messages (a file name)
     */
    public static SigmaDocuments parse(String yaml, String source) {
        SigmaDocuments docs = new SigmaDocuments();
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNextValue()) {
                JsonNode doc = it.nextValue();
                if (doc != null && !doc.isMissingNode() && !doc.isNull()) {
                    documents.add(doc);
                }
            }
        } catch (IOException | RuntimeException e) {
            docs.rejected().add(new RuleException(source, null, "not valid YAML: " + firstLine(e.getMessage()), line(e)));
            return docs;
        }
        for (JsonNode doc : documents) {
            String id = doc.path("id").isTextual() ? doc.path("id").asText() : null;
            try {
                if (!doc.isObject()) {
                    throw new RuleException(source, null, "a Sigma document must be a map");
                }
                if (doc.has("correlation")) {
                    docs.correlations().add(correlation(doc, source, id));
                } else if (doc.has("filter")) {
                    docs.filters().add(filter(doc, source, id));
                } else if (doc.has("detection")) {
                    docs.rules().add(rule(doc, source, id));
                } else {
                    throw new RuleException(source, id, "the document has none of detection, filter or correlation");
                }
            } catch (RuleException e) {
                docs.rejected().add(e);
            }
        }
        return docs;
    }

    private static SigmaRule rule(JsonNode doc, String source, String id) {
        String title = requiredText(doc, "title", source, id);
        String level = optionalText(doc, "level");
        if (level != null && !LEVELS.contains(level.toLowerCase(Locale.ROOT))) {
            throw new RuleException(source, id, "level '" + level + "' is not one of " + LEVELS);
        }
        JsonNode detection = doc.get("detection");
        if (!detection.isObject()) {
            throw new RuleException(source, id, "detection must be a map");
        }
        Map<String, SearchIdentifier> searches = searches(detection, source, id, "condition", "timeframe");
        List<String> conditions = conditions(detection, source, id);
        if (detection.has("timeframe")) {
            throw new RuleException(source, id,
                    "detection.timeframe belongs to Sigma 1 aggregations; express it as a correlation rule");
        }
        List<SigmaRule.Related> related = new ArrayList<>();
        for (JsonNode r : doc.path("related")) {
            related.add(new SigmaRule.Related(r.path("id").asText(null), r.path("type").asText(null)));
        }
        return new SigmaRule(source, id, optionalText(doc, "name"), title, optionalText(doc, "status"),
                level == null ? null : level.toLowerCase(Locale.ROOT), optionalText(doc, "description"),
                optionalText(doc, "author"), optionalText(doc, "date"), optionalText(doc, "modified"),
                texts(doc.path("tags")), texts(doc.path("references")), texts(doc.path("falsepositives")),
                texts(doc.path("fields")), related, logSource(doc, source, id, true), searches, conditions);
    }

    private static SigmaFilter filter(JsonNode doc, String source, String id) {
        String title = requiredText(doc, "title", source, id);
        JsonNode filter = doc.get("filter");
        if (!filter.isObject()) {
            throw new RuleException(source, id, "filter must be a map");
        }
        List<String> rules = texts(filter.path("rules"));
        if (rules.isEmpty()) {
            throw new RuleException(source, id, "filter.rules must name at least one rule");
        }
        Map<String, SearchIdentifier> searches = searches(filter, source, id, "condition", "rules");
        return new SigmaFilter(source, id, title, logSource(doc, source, id, true), rules, searches,
                conditions(filter, source, id));
    }

    private static CorrelationRule correlation(JsonNode doc, String source, String id) {
        String title = requiredText(doc, "title", source, id);
        JsonNode c = doc.get("correlation");
        if (!c.isObject()) {
            throw new RuleException(source, id, "correlation must be a map");
        }
        String type = c.path("type").asText("");
        if (!CORRELATION_TYPES.contains(type)) {
            throw new RuleException(source, id, "correlation type '" + type + "' is not one of " + CORRELATION_TYPES);
        }
        List<String> rules = texts(c.path("rules"));
        if (rules.isEmpty()) {
            throw new RuleException(source, id, "correlation.rules must name at least one rule");
        }
        List<String> groupBy = texts(c.path("group-by"));
        boolean temporal = type.startsWith("temporal");
        if (groupBy.isEmpty() && temporal) {
            throw new RuleException(source, id, type + " requires group-by");
        }
        if (temporal && rules.size() < 2) {
            throw new RuleException(source, id, type + " correlates at least two rules");
        }
        Duration timespan = timespan(c.path("timespan").asText(""), source, id);
        CorrelationRule.Condition condition = correlationCondition(c.path("condition"), type, source, id);
        Map<String, Map<String, String>> aliases = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = c.path("aliases").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> alias = it.next();
            Map<String, String> byRule = new LinkedHashMap<>();
            alias.getValue().fields().forEachRemaining(e -> byRule.put(e.getKey(), e.getValue().asText()));
            aliases.put(alias.getKey(), byRule);
        }
        boolean generate = c.path("generate").asBoolean(doc.path("generate").asBoolean(false));
        String level = optionalText(doc, "level");
        return new CorrelationRule(source, id, optionalText(doc, "name"), title,
                level == null ? null : level.toLowerCase(Locale.ROOT), optionalText(doc, "status"),
                optionalText(doc, "description"), texts(doc.path("tags")), type, rules, groupBy, timespan,
                generate, condition, aliases);
    }

    private static CorrelationRule.Condition correlationCondition(JsonNode node, String type, String source, String id) {
        boolean needsField = type.startsWith("value_");
        boolean temporal = type.startsWith("temporal");
        if (node.isMissingNode() || node.isNull()) {
            if (temporal) {
                return null;
            }
            throw new RuleException(source, id, type + " requires a condition");
        }
        if (!node.isObject()) {
            throw new RuleException(source, id, "correlation.condition must be a map such as {gte: 10}");
        }
        String field = node.has("field") ? node.get("field").asText() : null;
        if (needsField && field == null) {
            throw new RuleException(source, id, type + " requires condition.field");
        }
        String operator = null;
        double threshold = 0;
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (name.equals("field")) {
                continue;
            }
            if (!OPERATORS.contains(name)) {
                throw new RuleException(source, id, "condition operator '" + name + "' is not one of " + OPERATORS);
            }
            if (operator != null) {
                throw new RuleException(source, id, "condition has two operators (" + operator + ", " + name + ")");
            }
            if (!node.get(name).isNumber()) {
                throw new RuleException(source, id, "condition " + name + " needs a number");
            }
            operator = name;
            threshold = node.get(name).asDouble();
        }
        if (operator == null) {
            throw new RuleException(source, id, "condition has no operator (" + OPERATORS + ")");
        }
        return new CorrelationRule.Condition(operator, threshold, field);
    }

    /** A Sigma timespan such as {@code 5m}, {@code 1h}, {@code 2d}, {@code 1w}, {@code 1M}, {@code 1y}. */
    public static Duration timespan(String text, String source, String id) {
        try {
            return DurationText.SIGMA.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RuleException(source, id, "timespan: " + e.getMessage());
        }
    }

    private static RuleLogSource logSource(JsonNode doc, String source, String id, boolean required) {
        JsonNode ls = doc.path("logsource");
        if (ls.isMissingNode()) {
            if (required) {
                throw new RuleException(source, id, "logsource is missing");
            }
            return RuleLogSource.ANY;
        }
        if (!ls.isObject()) {
            throw new RuleException(source, id, "logsource must be a map");
        }
        return new RuleLogSource(lower(optionalText(ls, "product")), lower(optionalText(ls, "category")),
                lower(optionalText(ls, "service")));
    }

    private static Map<String, SearchIdentifier> searches(JsonNode section, String source, String id, String... reserved) {
        Map<String, SearchIdentifier> searches = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = section.fields();
        outer:
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            for (String r : reserved) {
                if (r.equals(e.getKey())) {
                    continue outer;
                }
            }
            searches.put(e.getKey(), searchIdentifier(e.getKey(), e.getValue(), source, id));
        }
        if (searches.isEmpty()) {
            throw new RuleException(source, id, "detection has no search identifier");
        }
        return searches;
    }

    private static SearchIdentifier searchIdentifier(String name, JsonNode node, String source, String id) {
        List<List<FieldItem>> alternatives = new ArrayList<>();
        if (node.isObject()) {
            alternatives.add(mapItems(name, node, source, id));
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                throw new RuleException(source, id, "search identifier '" + name + "' is an empty list");
            }
            boolean allMaps = true;
            boolean anyMap = false;
            for (JsonNode item : node) {
                allMaps &= item.isObject();
                anyMap |= item.isObject();
            }
            if (allMaps) {
                for (JsonNode item : node) {
                    alternatives.add(mapItems(name, item, source, id));
                }
            } else if (!anyMap) {
                alternatives.add(List.of(new FieldItem(null, List.of(), values(name, node, source, id))));
            } else {
                throw new RuleException(source, id, "search identifier '" + name + "' mixes maps and plain values");
            }
        } else if (node.isValueNode() && !node.isNull()) {
            alternatives.add(List.of(new FieldItem(null, List.of(), List.of(scalar(node)))));
        } else {
            throw new RuleException(source, id, "search identifier '" + name + "' is empty");
        }
        return new SearchIdentifier(name, alternatives);
    }

    private static List<FieldItem> mapItems(String name, JsonNode map, String source, String id) {
        if (map.isEmpty()) {
            throw new RuleException(source, id, "search identifier '" + name + "' has an empty map");
        }
        List<FieldItem> items = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = map.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String[] parts = e.getKey().split("\\|", -1);
            String field = parts[0].isEmpty() ? null : parts[0];
            List<String> modifiers = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].isEmpty()) {
                    throw new RuleException(source, id, "empty modifier in '" + e.getKey() + "'");
                }
                modifiers.add(parts[i].toLowerCase(Locale.ROOT));
            }
            JsonNode value = e.getValue();
            List<Object> values = value.isArray() ? values(name, value, source, id) : listOf(scalarOrFail(value, name, source, id));
            if (values.isEmpty()) {
                throw new RuleException(source, id, "'" + e.getKey() + "' in '" + name + "' has an empty list of values");
            }
            items.add(new FieldItem(field, modifiers, values));
        }
        return items;
    }

    private static List<Object> listOf(Object v) {
        List<Object> l = new ArrayList<>(1);
        l.add(v);
        return l;
    }

    private static List<Object> values(String name, JsonNode list, String source, String id) {
        List<Object> values = new ArrayList<>();
        for (JsonNode v : list) {
            values.add(scalarOrFail(v, name, source, id));
        }
        return values;
    }

    private static Object scalarOrFail(JsonNode v, String name, String source, String id) {
        if (v.isContainerNode()) {
            throw new RuleException(source, id, "a value in '" + name + "' is a " + v.getNodeType().name().toLowerCase(Locale.ROOT)
                    + "; values must be strings, numbers, booleans or null");
        }
        return scalar(v);
    }

    private static Object scalar(JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (v.getNodeType() == JsonNodeType.BOOLEAN) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        return v.asText();
    }

    private static List<String> conditions(JsonNode section, String source, String id) {
        JsonNode c = section.get("condition");
        if (c == null || c.isNull()) {
            throw new RuleException(source, id, "condition is missing");
        }
        if (c.isTextual()) {
            return List.of(c.asText());
        }
        if (c.isArray() && !c.isEmpty()) {
            List<String> list = new ArrayList<>();
            for (JsonNode item : c) {
                if (!item.isTextual()) {
                    throw new RuleException(source, id, "condition list items must be strings");
                }
                list.add(item.asText());
            }
            return list;
        }
        throw new RuleException(source, id, "condition must be a string or a list of strings");
    }

    private static String requiredText(JsonNode doc, String name, String source, String id) {
        String value = optionalText(doc, name);
        if (value == null || value.isBlank()) {
            throw new RuleException(source, id, name + " is missing");
        }
        return value;
    }

    private static String optionalText(JsonNode doc, String name) {
        JsonNode v = doc.get(name);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> {
                if (!n.isNull() && !n.isContainerNode()) {
                    out.add(n.asText());
                }
            });
        } else if (node.isValueNode() && !node.isNull()) {
            out.add(node.asText());
        }
        return out;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** The line the YAML parser stopped at, 0 when it gives none. */
    private static int line(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    && j.getLocation().getLineNr() > 0) {
                return j.getLocation().getLineNr();
            }
        }
        return 0;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
