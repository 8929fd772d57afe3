package vn.gov.moh.soc.portal.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.gov.moh.soc.portal.infrastructure.search.SearchUnavailableException;

/** Elasticsearch not configured or not answering: 503, the rest of the portal goes on working. */
@Provider
public class SearchUnavailableMapper implements ExceptionMapper<SearchUnavailableException> {
    @Override
    public Response toResponse(SearchUnavailableException e) {
        return Problems.of(Response.Status.SERVICE_UNAVAILABLE, "Search unavailable", e.getMessage());
    }
}
