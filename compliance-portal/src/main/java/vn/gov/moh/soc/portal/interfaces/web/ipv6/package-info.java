/**
 * The IPv6 migration page: the declared plans of a unit and its systems beside the share of IPv6
 * measured from the events, with the dual-stack-without-IPv6 flag, and the plans' editing, through
 * {@link vn.gov.moh.soc.portal.application.Ipv6PlanService} and the dashboard's
 * {@link vn.gov.moh.soc.portal.application.dashboard.Ipv6TrafficService}.
 */
package vn.gov.moh.soc.portal.interfaces.web.ipv6;
