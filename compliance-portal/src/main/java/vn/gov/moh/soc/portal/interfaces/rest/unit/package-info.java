/** The units' tree over REST, cut to what the caller may see. */
package vn.gov.moh.soc.portal.interfaces.rest.unit;
