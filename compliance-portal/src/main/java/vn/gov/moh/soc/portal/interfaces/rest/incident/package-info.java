/** {@code /incidents}: escalation, handling, deadlines, reporting rules, the JSON and STIX 2.1 exports. */
package vn.gov.moh.soc.portal.interfaces.rest.incident;
