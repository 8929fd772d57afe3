/**
 * {@code /events} (search, one document) and {@code /alerts/{id}/events} (the jump from an alert
 * to its source events), over {@link vn.gov.moh.soc.portal.application.event.EventSearchService}.
 */
package vn.gov.moh.soc.portal.interfaces.rest.event;
