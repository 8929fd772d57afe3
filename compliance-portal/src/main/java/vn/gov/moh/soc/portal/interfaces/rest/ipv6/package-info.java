/** IPv6 migration plans over REST, with their overdue milestones. */
package vn.gov.moh.soc.portal.interfaces.rest.ipv6;
