/**
 * The audit trail as a hash chain: each record's hash covers its content and the previous
 * record's hash, so that altering, removing or reordering a stored record is detected.
 */
package vn.gov.moh.soc.portal.domain.model.audit;
