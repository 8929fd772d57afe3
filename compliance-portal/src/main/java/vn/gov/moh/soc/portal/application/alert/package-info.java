/**
 * The SOC console's use of alerts: looking them up by id (for incidents) and, through the queue,
 * searching and triaging them.
 */
package vn.gov.moh.soc.portal.application.alert;
