package vn.gov.moh.soc.portal.infrastructure.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.domain.model.requirement.Requirement;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementCatalog;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementGroup;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementKind;

/**
 * Reads the catalog's YAML form. Unknown keys are refused (a misspelt key would silently drop a
 * field), and every problem names the file and the group or requirement it is in.
 */
public final class CatalogFile {
    /** The catalog shipped in the war. */
    public static final String RESOURCE = "governance/requirements-catalog.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private CatalogFile() {
    }

    /** The file's shape; public fields for Jackson. */
    public static class Document {
        public String version;
        public List<String> sources = List.of();
        public List<Group> groups = List.of();
    }

    public static class Group {
        public String code;
        public RequirementKind kind;
        public String titleVi;
        public String titleEn;
        public String source;
        public boolean confirmed;
        public List<Item> requirements = List.of();
    }

    public static class Item {
        public String code;
        public int fromLevel;
        public String titleVi;
        public String titleEn;
        public String descriptionVi;
        public String descriptionEn;
    }

    /** The catalog of the war's own resource. */
    public static RequirementCatalog shipped() {
        try (InputStream in = CatalogFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the requirements catalog " + RESOURCE + " is not on the class path");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * @throws IllegalArgumentException naming {@code name} and what is wrong
     */
    public static RequirementCatalog read(InputStream in, String name) {
        Document doc;
        try {
            doc = YAML.readValue(in, Document.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
        if (doc == null) {
            throw new IllegalArgumentException(name + " is empty");
        }
        List<RequirementGroup> groups = new ArrayList<>();
        List<Requirement> requirements = new ArrayList<>();
        try {
            for (Group g : doc.groups) {
                groups.add(new RequirementGroup(g.code, g.kind, g.titleVi, g.titleEn, g.source, g.confirmed));
                for (Item i : g.requirements) {
                    SecurityLevel level;
                    try {
                        level = SecurityLevel.of(i.fromLevel);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("requirement " + i.code + ": " + e.getMessage(), e);
                    }
                    requirements.add(new Requirement(i.code, g.code, level, i.titleVi, i.titleEn, i.descriptionVi, i.descriptionEn));
                }
            }
            return new RequirementCatalog(doc.version, doc.sources, groups, requirements);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }
}
