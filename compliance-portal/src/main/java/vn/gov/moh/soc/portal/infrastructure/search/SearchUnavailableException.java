package vn.gov.moh.soc.portal.infrastructure.search;

/**
 * Elasticsearch is not configured or does not answer: the console cannot show events or alerts
 * now, while everything kept in the portal's database still works.
 */
public class SearchUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
