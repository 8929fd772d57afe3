/**
 * The compliance dashboard page ({@code dashboard.xhtml}): the figures of {@code DashboardService}
 * and the IPv6 traffic of {@code Ipv6TrafficService} as Chart.js configurations for PrimeFaces'
 * {@code p:chart} (served by the portal itself: no CDN), each target drawn as a dashed reference line.
 */
package vn.gov.moh.soc.portal.interfaces.web.dashboard;
