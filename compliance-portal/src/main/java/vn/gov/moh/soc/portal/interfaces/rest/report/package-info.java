/** {@code /api/reports}: ask for a compliance report, follow its progress, download it. */
package vn.gov.moh.soc.portal.interfaces.rest.report;
