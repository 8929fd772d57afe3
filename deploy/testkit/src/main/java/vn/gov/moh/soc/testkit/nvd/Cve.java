package vn.gov.moh.soc.testkit.nvd;

import java.time.Instant;
import java.util.List;

/**
 * One CVE record of the mirror: what dependency-check needs to match a library and rate the finding.
 *
 * @param baseScore the CVSS 3.1 base score, with {@code vector} its vector string
 * @param affected the vulnerable configurations (one OR node of CPE matches)
 */
public record Cve(String id, Instant published, String description, double baseScore, String vector,
        List<CpeMatch> affected) {
    public Cve {
        if (!id.matches("CVE-\\d{4}-\\d{4,}")) {
            throw new IllegalArgumentException("not a CVE id: " + id);
        }
        if (baseScore < 0 || baseScore > 10) {
            throw new IllegalArgumentException("CVSS base score out of 0-10: " + baseScore);
        }
        affected = List.copyOf(affected);
    }

    /** The CVSS 3.x qualitative rating of the base score. */
    public String severity() {
        if (baseScore == 0) {
            return "NONE";
        }
        return baseScore < 4 ? "LOW" : baseScore < 7 ? "MEDIUM" : baseScore < 9 ? "HIGH" : "CRITICAL";
    }

    /** The year whose feed file holds the record (dependency-check reads one file per year). */
    public int year() {
        return Integer.parseInt(id.substring(4, 8));
    }

    /**
     * A CPE 2.3 match, optionally bounded by versions (null bounds are open).
     *
     * @param criteria e.g. {@code cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*}
     */
    public record CpeMatch(String criteria, String versionStartIncluding, String versionEndExcluding) {
        public CpeMatch {
            if (!criteria.startsWith("cpe:2.3:") || criteria.split(":", -1).length != 13) {
                throw new IllegalArgumentException("not a CPE 2.3 name: " + criteria);
            }
        }
    }
}
