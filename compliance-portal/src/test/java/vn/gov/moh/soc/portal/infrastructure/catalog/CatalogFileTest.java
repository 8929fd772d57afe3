package vn.gov.moh.soc.portal.infrastructure.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.domain.model.requirement.Requirement;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementCatalog;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementKind;

/** The shipped catalog, and what the reader refuses. */
class CatalogFileTest {
    private static final RequirementCatalog SHIPPED = CatalogFile.shipped();

    @Test
    void theShippedCatalogHasTheStandardsGroupsInOrderAndRequirementsAtEveryLevel() {
        assertThat(SHIPPED.version()).isNotBlank();
        assertThat(SHIPPED.groups()).extracting(g -> g.code()).containsExactly(
                "POLICY", "ORGANIZATION", "HUMAN_RESOURCES", "DESIGN_BUILD", "OPERATION", "INSPECTION_RISK",
                "NETWORK", "HOST", "APPLICATION", "DATA");
        assertThat(SHIPPED.groups()).filteredOn(g -> g.kind() == RequirementKind.MANAGEMENT).hasSize(6);
        for (SecurityLevel level : SecurityLevel.values()) {
            assertThat(SHIPPED.requirements()).as("requirements that start at " + level).anyMatch(r -> r.fromLevel() == level);
        }
    }

    /** Level n asks for everything of level n-1 and more. */
    @Test
    void everyLevelIncludesTheLevelBelowAndAddsToIt() {
        for (int n = 2; n <= 5; n++) {
            SecurityLevel level = SecurityLevel.of(n);
            List<Requirement> below = SHIPPED.applicableTo(SecurityLevel.of(n - 1));
            List<Requirement> at = SHIPPED.applicableTo(level);
            assertThat(at).as("level " + n).containsAll(below).hasSizeGreaterThan(below.size());
            assertThat(at).allMatch(r -> r.fromLevel().compareTo(level) <= 0);
        }
        assertThat(SHIPPED.applicableTo(SecurityLevel.LEVEL_5)).hasSameSizeAs(SHIPPED.requirements());
        // The counts the README states; change both together.
        assertThat(java.util.Arrays.stream(SecurityLevel.values()).map(l -> SHIPPED.applicableTo(l).size()).toList())
                .containsExactly(12, 27, 43, 51, 54);
    }

    static Stream<Arguments> membership() {
        return Stream.of(
                // code, level, applies
                Arguments.of("MGT-POL-01", 1, true),
                Arguments.of("MGT-POL-02", 1, false),
                Arguments.of("MGT-POL-02", 2, true),
                Arguments.of("MGT-RSK-01", 1, false),
                Arguments.of("MGT-DES-04", 2, false),
                Arguments.of("MGT-DES-04", 3, true),
                Arguments.of("MGT-DES-04", 5, true),
                Arguments.of("TEC-NET-07", 3, false),
                Arguments.of("TEC-NET-07", 4, true),
                Arguments.of("TEC-DAT-06", 4, false),
                Arguments.of("TEC-DAT-06", 5, true));
    }

    @ParameterizedTest(name = "{0} at level {1}: {2}")
    @MethodSource("membership")
    void aRequirementAppliesFromItsLevelUp(String code, int level, boolean applies) {
        assertThat(SHIPPED.applicableTo(SecurityLevel.of(level))).extracting(Requirement::code)
                .as(code + " at level " + level).matches(codes -> codes.contains(code) == applies);
    }

    private static final String GROUP = """
            version: "t1"
            groups:
              - code: NETWORK
                kind: TECHNICAL
                titleVi: "Bảo đảm an toàn mạng"
                titleEn: "Network security"
                requirements:
            """;
    private static final String ITEM = """
                  - code: %s
                    fromLevel: %d
                    titleVi: "Tiêu đề"
                    titleEn: "Title"
                    descriptionVi: "Mô tả"
                    descriptionEn: "Description"
            """;

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("a code used twice", GROUP + ITEM.formatted("TEC-NET-01", 1) + ITEM.formatted("TEC-NET-01", 2),
                        "TEC-NET-01 is listed twice"),
                Arguments.of("a management code in a technical group", GROUP + ITEM.formatted("MGT-NET-01", 1),
                        "its code starts with TEC-"),
                Arguments.of("level 6", GROUP + ITEM.formatted("TEC-NET-01", 6), "TEC-NET-01: a Decree 85 security level is 1 to 5"),
                Arguments.of("a malformed code", GROUP + ITEM.formatted("NET1", 1), "looks like MGT-POL-01"),
                Arguments.of("a misspelt key", GROUP + ITEM.formatted("TEC-NET-01", 1).replace("titleEn", "titleEng"), "titleEng"),
                Arguments.of("no version", GROUP.replace("version: \"t1\"\n", "") + ITEM.formatted("TEC-NET-01", 1), "the catalog's version is required"),
                Arguments.of("a blank description", GROUP + ITEM.formatted("TEC-NET-01", 1).replace("\"Mô tả\"", "\" \""),
                        "the Vietnamese description of TEC-NET-01 is required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void aBrokenCatalogIsRefusedNamingTheFileAndTheProblem(String what, String yaml, String message) {
        assertThatThrownBy(() -> CatalogFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("test.yaml").hasMessageContaining(message);
    }
}
