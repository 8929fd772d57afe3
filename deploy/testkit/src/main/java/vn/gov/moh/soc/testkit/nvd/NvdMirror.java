package vn.gov.moh.soc.testkit.nvd;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a mirror folder in the layout dependency-check's data feed reader expects: {@code
 * nvdcve-<year>.json.gz} per year, {@code nvdcve-modified.json.gz} with every record, and {@code
 * cache.properties} naming the prefix and each file's last modification. Point the scanner at it with
 * {@code nvdDatafeedUrl=<folder as file: URL>}.
 */
public final class NvdMirror {
    public static final String PREFIX = "nvdcve-";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** NVD writes local date-times without a zone in its records. */
    private static final DateTimeFormatter NVD_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    private NvdMirror() {
    }

    /**
     * Writes the demo mirror into the folder given as the only argument: a clearly synthetic record
     * against this build's Jackson databind, so that a scan of the build shows what a finding looks like
     * (see the {@code dependency-check} profile in the root pom).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: NvdMirror <folder>");
            System.exit(2);
        }
        Path folder = write(Path.of(args[0]), DEMO, Instant.parse("2026-11-01T00:00:00Z"));
        System.out.println("NVD demo mirror with " + DEMO.size() + " synthetic record(s) in " + folder.toAbsolutePath());
    }

    /** The demo's records: synthetic (never published by NVD), described as such in their text. */
    public static final List<Cve> DEMO = List.of(new Cve("CVE-2026-0999901", Instant.parse("2026-10-01T00:00:00Z"),
            "SYNTHETIC record of the SOC test kit's demo NVD mirror, not a real vulnerability: jackson-databind"
                    + " before 99.0 would let a remote attacker run code through crafted polymorphic JSON.",
            9.8, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
            List.of(new Cve.CpeMatch("cpe:2.3:a:fasterxml:jackson-databind:*:*:*:*:*:*:*:*", null, "99.0"))));

    /** Writes (or replaces) the mirror in {@code folder} with these records; returns the folder. */
    public static Path write(Path folder, Collection<Cve> cves, Instant modified) throws IOException {
        Files.createDirectories(folder);
        Map<Integer, List<Cve>> byYear = cves.stream()
                .collect(Collectors.groupingBy(Cve::year, TreeMap::new, Collectors.toList()));
        Properties cache = new Properties();
        cache.setProperty("prefix", PREFIX);
        String stamp = DateTimeFormatter.ISO_INSTANT.format(modified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        cache.setProperty("lastModifiedDate", stamp);
        // NVD's feeds start in 2002; a reader may walk every year up to now, so each gets a file.
        int last = Math.max(modified.atZone(ZoneOffset.UTC).getYear(), byYear.isEmpty() ? 2002 : ((TreeMap<Integer, List<Cve>>) byYear).lastKey());
        for (int year = 2002; year <= last; year++) {
            feed(folder.resolve(PREFIX + year + ".json.gz"), byYear.getOrDefault(year, List.of()), modified);
            cache.setProperty("lastModifiedDate." + year, stamp);
        }
        feed(folder.resolve(PREFIX + "modified.json.gz"), List.copyOf(cves), modified);
        cache.setProperty("lastModifiedDate.modified", stamp);
        try (Writer w = Files.newBufferedWriter(folder.resolve("cache.properties"), StandardCharsets.ISO_8859_1)) {
            cache.store(w, "local NVD mirror written by the soc test kit");
        }
        return folder;
    }

    private static void feed(Path file, List<Cve> cves, Instant modified) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("resultsPerPage", cves.size()).put("startIndex", 0).put("totalResults", cves.size())
                .put("format", "NVD_CVE").put("version", "2.0").put("timestamp", NVD_TIME.format(modified));
        ArrayNode vulnerabilities = root.putArray("vulnerabilities");
        for (Cve c : cves) {
            vulnerabilities.addObject().set("cve", record(c, modified));
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            JSON.writeValue(out, root);
        }
    }

    private static ObjectNode record(Cve c, Instant modified) {
        ObjectNode cve = JSON.createObjectNode();
        cve.put("id", c.id()).put("sourceIdentifier", "mirror@soc.local").put("published", NVD_TIME.format(c.published()))
                .put("lastModified", NVD_TIME.format(modified)).put("vulnStatus", "Analyzed");
        cve.putArray("descriptions").addObject().put("lang", "en").put("value", c.description());
        ObjectNode metric = cve.putObject("metrics").putArray("cvssMetricV31").addObject();
        metric.put("source", "nvd@nist.gov").put("type", "Primary");
        ObjectNode data = metric.putObject("cvssData");
        data.put("version", "3.1").put("vectorString", c.vector()).put("baseScore", c.baseScore())
                .put("baseSeverity", c.severity());
        vectorParts(c.vector(), data);
        metric.put("exploitabilityScore", 3.9).put("impactScore", 5.9);
        cve.putArray("weaknesses").addObject().put("source", "nvd@nist.gov").put("type", "Primary")
                .putArray("description").addObject().put("lang", "en").put("value", "NVD-CWE-Other");
        ArrayNode matches = cve.putArray("configurations").addObject().putArray("nodes").addObject()
                .put("operator", "OR").put("negate", false).putArray("cpeMatch");
        for (Cve.CpeMatch m : c.affected()) {
            ObjectNode match = matches.addObject().put("vulnerable", true).put("criteria", m.criteria());
            if (m.versionStartIncluding() != null) {
                match.put("versionStartIncluding", m.versionStartIncluding());
            }
            if (m.versionEndExcluding() != null) {
                match.put("versionEndExcluding", m.versionEndExcluding());
            }
            match.put("matchCriteriaId", UUID.nameUUIDFromBytes((c.id() + m).getBytes(StandardCharsets.UTF_8))
                    .toString().toUpperCase(java.util.Locale.ROOT));
        }
        cve.putArray("references").addObject().put("url", "https://nvd.nist.gov/vuln/detail/" + c.id())
                .put("source", "nvd@nist.gov");
        return cve;
    }

    /** The metric fields of a CVSS 3.1 vector, as NVD spells them out beside the vector string. */
    private static void vectorParts(String vector, ObjectNode data) {
        Map<String, Map<String, String>> names = Map.of(
                "AV", Map.of("N", "NETWORK", "A", "ADJACENT_NETWORK", "L", "LOCAL", "P", "PHYSICAL"),
                "AC", Map.of("L", "LOW", "H", "HIGH"),
                "PR", Map.of("N", "NONE", "L", "LOW", "H", "HIGH"),
                "UI", Map.of("N", "NONE", "R", "REQUIRED"),
                "S", Map.of("U", "UNCHANGED", "C", "CHANGED"),
                "C", Map.of("N", "NONE", "L", "LOW", "H", "HIGH"),
                "I", Map.of("N", "NONE", "L", "LOW", "H", "HIGH"),
                "A", Map.of("N", "NONE", "L", "LOW", "H", "HIGH"));
        Map<String, String> fields = Map.of("AV", "attackVector", "AC", "attackComplexity", "PR", "privilegesRequired",
                "UI", "userInteraction", "S", "scope", "C", "confidentialityImpact", "I", "integrityImpact",
                "A", "availabilityImpact");
        for (String part : vector.split("/")) {
            String[] kv = part.split(":");
            if (kv.length == 2 && fields.containsKey(kv[0])) {
                String value = names.get(kv[0]).get(kv[1]);
                if (value == null) {
                    throw new IllegalArgumentException("CVSS vector " + vector + ": " + part + " is not a 3.1 metric value");
                }
                data.put(fields.get(kv[0]), value);
            }
        }
        if (fields.keySet().stream().anyMatch(k -> !data.has(fields.get(k)))) {
            throw new IllegalArgumentException("CVSS vector " + vector + " lacks a base metric");
        }
    }
}
