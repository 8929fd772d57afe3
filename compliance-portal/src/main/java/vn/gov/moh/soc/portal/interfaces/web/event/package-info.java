/**
 * The event search page ({@code events.xhtml}): query, time range, facets, histogram, pages, the
 * document view, and an alert's source events ({@code events.xhtml?alert=<id>}).
 */
package vn.gov.moh.soc.portal.interfaces.web.event;
