/**
 * Security incidents (sự cố an toàn thông tin mạng) as the SOC handles them: the {@link
 * vn.gov.moh.soc.portal.domain.model.incident.Incident} aggregate with its linked alerts (snapshots),
 * affected units and systems, observables, tasks, comments and timeline; its status machine
 * ({@link vn.gov.moh.soc.portal.domain.model.incident.IncidentStatus}); the response deadlines by
 * severity and system level and the reporting rules of Vietnamese law, both kept as data.
 */
package vn.gov.moh.soc.portal.domain.model.incident;
