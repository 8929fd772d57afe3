/**
 * The SOC console's event search over the namespace's daily events indices: the query a user
 * asks ({@link vn.gov.moh.soc.portal.application.event.EventQuery}), the page it answers, the
 * document view, and the jump from an alert to the events it was raised on; who sees which unit's
 * events is decided here, the search itself is a port.
 */
package vn.gov.moh.soc.portal.application.event;
