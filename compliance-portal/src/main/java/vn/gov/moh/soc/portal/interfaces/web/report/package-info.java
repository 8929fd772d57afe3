/** {@code reports.xhtml}: ask for a compliance report, watch it being built, download it. */
package vn.gov.moh.soc.portal.interfaces.web.report;
