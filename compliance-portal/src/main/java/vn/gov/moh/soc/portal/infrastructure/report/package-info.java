/**
 * Reports' infrastructure: the PDF renderer (Apache PDFBox, a TrueType font embedded as a subset),
 * the CSV renderer (Commons CSV), the file store (files named by SHA-256 in the report folder),
 * the settings ({@code portal.reports.*}), the JSON form of a report, and the start-up check.
 */
package vn.gov.moh.soc.portal.infrastructure.report;
