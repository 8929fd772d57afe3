/**
 * The SOC console's alert queue page and the alert's detail page: the filter bar, the lazy table
 * paged with the queue's cursors, the grouped view, bulk triage and the live count of new alerts.
 */
package vn.gov.moh.soc.portal.interfaces.web.alert;
