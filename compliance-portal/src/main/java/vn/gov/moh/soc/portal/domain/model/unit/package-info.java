/**
 * Units of the health sector (Ministry departments, central and provincial hospitals, provincial
 * Departments of Health) and their hierarchy, which bounds what a unit security officer sees:
 * their own unit and every unit below it.
 */
package vn.gov.moh.soc.portal.domain.model.unit;
