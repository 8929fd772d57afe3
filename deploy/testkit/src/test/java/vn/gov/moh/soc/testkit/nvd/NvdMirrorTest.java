package vn.gov.moh.soc.testkit.nvd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NvdMirrorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode feed(Path file) throws Exception {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return JSON.readTree(in);
        }
    }

    @Test
    void writesAFeedPerYearTheModifiedFeedAndTheCacheProperties(@TempDir Path dir) throws Exception {
        Cve log4shell = new Cve("CVE-2021-44228", Instant.parse("2021-12-10T10:15:09Z"), "JNDI lookup in log messages",
                10.0, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H",
                List.of(new Cve.CpeMatch("cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*", "2.0.1", "2.12.2")));
        NvdMirror.write(dir, List.of(log4shell), Instant.parse("2026-11-01T00:00:00Z"));

        Properties cache = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve("cache.properties"), StandardCharsets.ISO_8859_1)) {
            cache.load(r);
        }
        assertThat(cache.getProperty("prefix")).isEqualTo("nvdcve-");
        assertThat(cache.getProperty("lastModifiedDate.2021")).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(cache.getProperty("lastModifiedDate.modified")).isEqualTo("2026-11-01T00:00:00Z");
        for (int year = 2002; year <= 2026; year++) {
            assertThat(dir.resolve("nvdcve-" + year + ".json.gz")).as("year " + year).isRegularFile();
        }

        JsonNode y2021 = feed(dir.resolve("nvdcve-2021.json.gz"));
        assertThat(y2021.path("format").asText()).isEqualTo("NVD_CVE");
        assertThat(y2021.path("version").asText()).isEqualTo("2.0");
        JsonNode cve = y2021.path("vulnerabilities").get(0).path("cve");
        assertThat(cve.path("id").asText()).isEqualTo("CVE-2021-44228");
        JsonNode cvss = cve.path("metrics").path("cvssMetricV31").get(0).path("cvssData");
        assertThat(cvss.path("baseSeverity").asText()).isEqualTo("CRITICAL");
        assertThat(cvss.path("scope").asText()).isEqualTo("CHANGED");
        JsonNode match = cve.path("configurations").get(0).path("nodes").get(0).path("cpeMatch").get(0);
        assertThat(match.path("versionEndExcluding").asText()).isEqualTo("2.12.2");
        assertThat(feed(dir.resolve("nvdcve-2020.json.gz")).path("vulnerabilities")).isEmpty();
        assertThat(feed(dir.resolve("nvdcve-modified.json.gz")).path("vulnerabilities")).hasSize(1);
    }

    @Test
    void refusesWhatIsNotACveACpeOrACvssVector() {
        assertThatThrownBy(() -> new Cve("CVE-21-1", Instant.EPOCH, "", 5, "", List.of()))
                .hasMessageContaining("not a CVE id");
        assertThatThrownBy(() -> new Cve.CpeMatch("cpe:/a:apache:log4j", null, null))
                .hasMessageContaining("not a CPE 2.3 name");
        Cve partial = new Cve("CVE-2024-0001", Instant.EPOCH, "", 5, "CVSS:3.1/AV:N", List.of());
        assertThatThrownBy(() -> NvdMirror.write(Path.of("target/never"), List.of(partial), Instant.EPOCH))
                .hasMessageContaining("lacks a base metric");
    }

    @Test
    void theDemoRecordIsMarkedSynthetic() {
        assertThat(NvdMirror.DEMO).allSatisfy(c -> assertThat(c.description()).startsWith("SYNTHETIC"));
        assertThat(NvdMirror.DEMO.get(0).severity()).isEqualTo("CRITICAL");
    }
}
