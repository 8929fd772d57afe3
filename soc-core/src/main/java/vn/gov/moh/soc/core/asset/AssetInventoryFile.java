package vn.gov.moh.soc.core.asset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The YAML inventory that stands in for the portal until it publishes assets: a list under
 * {@code assets:}, each entry the JSON form of {@link AssetJson} written as YAML.
 * <pre>
 * assets:
 *   - id: bv-bach-mai-his
 *     unit: bv-bach-mai
 *     system: { id: bv-bach-mai-his, name: "Hệ thống thông tin bệnh viện", level: 3 }
 *     criticality: critical
 *     hosts: [his-web-01, his-app-01]
 *     ranges: [10.10.1.0/24]
 * </pre>
 * Strict: an unknown field, a duplicate key or id, or any bad value stops the load with the file,
 * the entry (number and id) and the field.
 */
public final class AssetInventoryFile {
    /** The example inventory of the demo units {@code bv-bach-mai} and {@code syt-ha-noi}, on the class path. */
    public static final String DEMO_RESOURCE = "/vn/gov/moh/soc/core/asset/demo-inventory.yml";

    private static final long MAX_BYTES = 16 * 1024 * 1024;
    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder().build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private AssetInventoryFile() {
    }

    /**
     * Loads an inventory file.
     *
     * @throws IllegalArgumentException naming the file, entry and field of the first error
     * @throws IOException if the file cannot be read
     */
    public static List<Asset> load(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IllegalArgumentException(file + ": larger than " + MAX_BYTES + " bytes");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        }
    }

    /** Loads the demo inventory shipped in this jar. */
    public static List<Asset> demo() throws IOException {
        try (InputStream in = AssetInventoryFile.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + DEMO_RESOURCE);
            }
            return load(in, DEMO_RESOURCE);
        }
    }

    /** Loads an inventory from a stream; {@code name} is what errors call it. */
    public static List<Asset> load(InputStream in, String name) throws IOException {
        JsonNode root;
        try {
            root = YAML.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(name + ": not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        }
        if (root == null || !root.isObject() || !root.has("assets")) {
            throw new IllegalArgumentException(name + ": must be a mapping with an 'assets' list");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!field.equals("assets")) {
                throw new IllegalArgumentException(name + ": unknown top-level field '" + field + "'");
            }
        }
        JsonNode entries = root.get("assets");
        if (!entries.isArray()) {
            throw new IllegalArgumentException(name + ": 'assets' must be a list");
        }
        List<Asset> assets = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (JsonNode entry : entries) {
            n++;
            JsonNode id = entry.get("id");
            String label = name + ": entry " + n + (id != null && id.isTextual() ? " (" + id.textValue() + ")" : "");
            Asset asset;
            try {
                asset = AssetJson.fromTree(entry, true);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(label + ": " + e.getMessage(), e);
            }
            if (!ids.add(asset.id())) {
                throw new IllegalArgumentException(label + ": field 'id': '" + asset.id() + "' is used by an earlier entry");
            }
            assets.add(asset);
        }
        return assets;
    }
}
