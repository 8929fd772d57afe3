/**
 * The auditors' compliance dashboard: the sector's figures against the Ministry's targets (approved
 * level dossiers, requirement compliance per level, the 4-layer model per unit, systems monitored by
 * the SOC, drills held this year, IPv6 progress, incidents and their handling times), and IPv6
 * measured from the indexed traffic beside the declared migration plans. Read only; each figure is
 * drawn from one bulk read of its data (never a query per system or unit) and computed by
 * {@link vn.gov.moh.soc.portal.application.dashboard.DashboardFigures}.
 */
package vn.gov.moh.soc.portal.application.dashboard;
