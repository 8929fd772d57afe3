/**
 * Compliance reports: what is asked for ({@link vn.gov.moh.soc.portal.domain.model.report.ReportScope}:
 * a kind and its sector, unit, system or year), the stored request with its state and progress
 * ({@link vn.gov.moh.soc.portal.domain.model.report.Report}), what it was built from
 * ({@link vn.gov.moh.soc.portal.domain.model.report.BuiltFrom}), and its content as headings,
 * facts and tables ({@link vn.gov.moh.soc.portal.domain.model.report.ReportContent}) that a
 * renderer turns into PDF or CSV.
 */
package vn.gov.moh.soc.portal.domain.model.report;
