/** The monitoring coverage page's backing bean and its rows (coverage.xhtml). */
package vn.gov.moh.soc.portal.interfaces.web.coverage;
