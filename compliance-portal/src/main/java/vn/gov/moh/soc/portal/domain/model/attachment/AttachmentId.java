package vn.gov.moh.soc.portal.domain.model.attachment;

/** The identity given to an attachment when it is accepted. */
public record AttachmentId(long value) {
    public AttachmentId {
        if (value <= 0) {
            throw new IllegalArgumentException("an attachment id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
