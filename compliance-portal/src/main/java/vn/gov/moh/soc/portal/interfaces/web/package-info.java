/**
 * The web pages (Jakarta Faces with PrimeFaces): backing beans per use case that call the same
 * application services as the REST API with the browser user as {@code Caller}, and show the
 * services' refusals next to the fields they name.
 */
package vn.gov.moh.soc.portal.interfaces.web;
