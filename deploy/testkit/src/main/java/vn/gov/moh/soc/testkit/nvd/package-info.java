/**
 * A local NVD mirror for tests and air-gapped demos: the folder OWASP dependency-check reads when
 * its data feed URL points at it (NVD API 2.0 JSON, gzipped per year, with {@code cache.properties}),
 * written from CVE records the test chooses.
 */
package vn.gov.moh.soc.testkit.nvd;
