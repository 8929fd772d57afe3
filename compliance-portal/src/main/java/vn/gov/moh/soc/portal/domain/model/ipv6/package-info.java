/**
 * IPv6 migration plans (chuyển đổi IPv4 sang IPv6) per unit, or per system of a unit: milestones
 * in three phases (inventory, dual stack, IPv6 only) with due dates and status; a milestone past
 * its due date and not done is overdue.
 */
package vn.gov.moh.soc.portal.domain.model.ipv6;
