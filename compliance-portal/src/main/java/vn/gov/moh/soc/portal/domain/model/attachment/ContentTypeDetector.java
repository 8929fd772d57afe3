package vn.gov.moh.soc.portal.domain.model.attachment;

import java.nio.file.Path;

/** Tells a file's media type from its bytes, and what type its name claims. */
public interface ContentTypeDetector {
    /** The type the content shows (magic bytes), whatever the file is named. */
    String detect(Path file);

    /** The type the file name's extension stands for ({@code application/octet-stream} when unknown). */
    String typeOfName(String fileName);
}
