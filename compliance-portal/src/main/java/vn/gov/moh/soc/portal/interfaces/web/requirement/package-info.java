/**
 * The requirement checklist page of one system: its requirements at its level by group, each
 * line's assessment edited in place, its gaps and compliance summary, all read from and saved
 * through {@link vn.gov.moh.soc.portal.application.RequirementService}.
 */
package vn.gov.moh.soc.portal.interfaces.web.requirement;
