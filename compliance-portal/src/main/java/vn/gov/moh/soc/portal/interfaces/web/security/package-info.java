/**
 * Login for the pages and the REST API in one war: one authentication mechanism that sends
 * {@code /api} requests to MP-JWT and browser requests to OpenID Connect at Keycloak; the browser
 * user as the application's {@code Caller}; logout at both ends.
 */
package vn.gov.moh.soc.portal.interfaces.web.security;
