/**
 * The SOC console's alert queue over REST: the queue and its groups with their filters, one alert
 * with its document, the count behind the live refresh, and bulk triage.
 */
package vn.gov.moh.soc.portal.interfaces.rest.alert;
