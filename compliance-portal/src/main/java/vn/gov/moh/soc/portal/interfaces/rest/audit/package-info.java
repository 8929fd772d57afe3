/** Verification of the audit trail's hash chain, for auditors and admins. */
package vn.gov.moh.soc.portal.interfaces.rest.audit;
