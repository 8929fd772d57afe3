package vn.gov.moh.soc.portal.infrastructure.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import vn.gov.moh.soc.portal.domain.model.attachment.ContentTypeDetector;

/**
 * Media types by Tika core's magic-byte table. The content decides; the name may only narrow a
 * generic container the bytes show (an OOXML package becomes DOCX or XLSX by its extension).
 * Tika's own name-and-magic detection is not used as it is: for bytes it cannot recognise it
 * believes the name, so any file named {@code .pdf} would pass as a PDF.
 */
@ApplicationScoped
public class TikaContentTypeDetector implements ContentTypeDetector {
    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = types.getMediaTypeRegistry();

    @Override
    public String detect(Path file, String fileName) {
        MediaType magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = types.detect(in, new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file " + file, e);
        }
        MediaType named = byName(fileName);
        boolean generic = magic.equals(MediaType.OCTET_STREAM) || magic.equals(MediaType.TEXT_PLAIN);
        if (!generic && !named.equals(magic) && registry.isSpecializationOf(named, magic)) {
            return named.getBaseType().toString();
        }
        return magic.getBaseType().toString();
    }

    @Override
    public String typeOfName(String fileName) {
        return byName(fileName).getBaseType().toString();
    }

    private MediaType byName(String fileName) {
        Metadata name = new Metadata();
        name.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try {
            return types.detect(null, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // no stream is read for a name
        }
    }
}
