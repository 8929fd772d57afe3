/**
 * The REST API under {@code /api}: MP-JWT bearer tokens from Keycloak, one folder per use case
 * (units, systems, audit), errors as RFC 9457 problem details.
 */
package vn.gov.moh.soc.portal.interfaces.rest;
