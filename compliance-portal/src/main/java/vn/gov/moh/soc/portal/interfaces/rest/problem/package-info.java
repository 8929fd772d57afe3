/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}); a validation problem
 * names each offending field by its JSON path.
 */
package vn.gov.moh.soc.portal.interfaces.rest.problem;
