/** Drills over REST: the annual plans, a drill's plan, its execution record and results. */
package vn.gov.moh.soc.portal.interfaces.rest.drill;
