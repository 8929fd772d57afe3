package vn.gov.moh.soc.portal.infrastructure.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import vn.gov.moh.soc.portal.domain.model.attachment.ContentTypeDetector;

/**
 * Media types by Tika core's magic-byte table, never by the name: for bytes it cannot recognise,
 * Tika's combined detection believes the name, so any file named {@code .pdf} would pass as a PDF.
 * An OOXML package (what the magic bytes show for DOCX and XLSX alike) is told apart by the
 * content type its {@code [Content_Types].xml} gives the main part, which also tells a
 * macro-enabled document renamed {@code .docx} from a plain one. (Tika's container detector does
 * this in its parsers module, which the portal does not carry for one check.)
 */
@ApplicationScoped
public class TikaContentTypeDetector implements ContentTypeDetector {
    static final String OOXML = "application/x-tika-ooxml";
    /** The largest {@code [Content_Types].xml} read; real ones are a few kilobytes. */
    private static final int MAX_CONTENT_TYPES = 256 * 1024;
    /** Main-part content type in the package to the document's media type. */
    private static final Map<String, String> OOXML_MAIN_PARTS = new LinkedHashMap<>();

    static {
        OOXML_MAIN_PARTS.put("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        OOXML_MAIN_PARTS.put("application/vnd.ms-word.document.macroenabled.main+xml", "application/vnd.ms-word.document.macroenabled.12");
        OOXML_MAIN_PARTS.put("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        OOXML_MAIN_PARTS.put("application/vnd.ms-excel.sheet.macroenabled.main+xml", "application/vnd.ms-excel.sheet.macroenabled.12");
        OOXML_MAIN_PARTS.put("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    }

    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();

    @Override
    public String detect(Path file) {
        MediaType magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = types.detect(in, new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file " + file, e);
        }
        String type = magic.getBaseType().toString();
        return type.equals(OOXML) ? ooxmlDocument(file) : type;
    }

    @Override
    public String typeOfName(String fileName) {
        Metadata name = new Metadata();
        name.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try {
            return types.detect(null, name).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // no stream is read for a name
        }
    }

    /** The document type the package declares for its main part; the bare package type when it declares none we know. */
    private static String ooxmlDocument(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("[Content_Types].xml");
            if (entry == null) {
                return OOXML;
            }
            String xml;
            try (InputStream in = zip.getInputStream(entry)) {
                xml = new String(in.readNBytes(MAX_CONTENT_TYPES), StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT);
            }
            for (Map.Entry<String, String> main : OOXML_MAIN_PARTS.entrySet()) {
                if (xml.contains("contenttype=\"" + main.getKey() + "\"")) {
                    return main.getValue();
                }
            }
            return OOXML;
        } catch (IOException e) {
            return OOXML; // not a readable zip after all: the generic type, which no rule allows
        }
    }
}
