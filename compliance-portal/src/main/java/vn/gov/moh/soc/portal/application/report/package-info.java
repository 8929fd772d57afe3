/**
 * Compliance reports built in the background: {@code ReportService} (request, list, read, download,
 * with who may ask for and see which report), {@code ReportJobs} (one managed-executor task per
 * request), {@code ReportSources} (the data, read as of one instant) and {@code ReportContents} (the
 * content of each kind, a pure function of that data).
 */
package vn.gov.moh.soc.portal.application.report;
