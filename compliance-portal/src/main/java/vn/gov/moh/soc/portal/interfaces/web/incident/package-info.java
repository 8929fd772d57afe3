/**
 * The incident pages' backing beans: the list with deadlines ({@code incidents.xhtml}), one
 * incident ({@code incident.xhtml}), and escalation of the queue's alerts ({@code incident-new.xhtml}).
 */
package vn.gov.moh.soc.portal.interfaces.web.incident;
