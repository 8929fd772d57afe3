/** {@code /dashboard}: the compliance dashboard's figures and the IPv6 traffic measured from the events, as JSON. */
package vn.gov.moh.soc.portal.interfaces.rest.dashboard;
