/**
 * Alerts as the SOC console sees them: the correlation job's documents in {@code soc-alerts}
 * (soc-core's {@code AlertDocument}) summarized for triage and for linking into incidents.
 */
package vn.gov.moh.soc.portal.domain.model.alert;
