package vn.gov.moh.soc.portal.domain.model.report;

/** Turns a report's content into the bytes of one format. */
public interface ReportRenderer {
    ReportFormat format();

    /** @throws ReportRenderingException when the content cannot be rendered (e.g. the font is missing), saying why */
    byte[] render(ReportContent content);

    /** Why rendering failed, in words the report list can show. */
    final class ReportRenderingException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ReportRenderingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
