/** The requirements catalog and each system's requirement checklist (assessments, gaps, summary), over REST. */
package vn.gov.moh.soc.portal.interfaces.rest.requirement;
