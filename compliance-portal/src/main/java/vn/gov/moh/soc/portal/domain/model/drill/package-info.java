/**
 * Information-security drills (diễn tập): each drill is an entry of an organizer's annual plan,
 * by one unit or sector-wide, with its scenarios, participating units and schedule, and once held
 * its execution record and results (findings, lessons learned).
 */
package vn.gov.moh.soc.portal.domain.model.drill;
