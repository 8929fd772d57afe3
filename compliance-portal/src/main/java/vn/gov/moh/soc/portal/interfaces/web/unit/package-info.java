/** The units' tree page, cut to what the user may see. */
package vn.gov.moh.soc.portal.interfaces.web.unit;
