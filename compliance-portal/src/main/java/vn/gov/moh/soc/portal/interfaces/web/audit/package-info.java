/** The audit trail's verification page for auditors and admins. */
package vn.gov.moh.soc.portal.interfaces.web.audit;
