package vn.gov.moh.soc.portal.infrastructure.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TikaContentTypeDetectorTest {
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final TikaContentTypeDetector detector = new TikaContentTypeDetector();

    @TempDir
    Path dir;

    /** name, content, the type the content shows, the type the name claims. */
    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("thiet-ke.pdf", SampleFiles.pdf("thiết kế"), "application/pdf", "application/pdf"),
                Arguments.of("so-do.png", SampleFiles.png(), "image/png", "image/png"),
                Arguments.of("anh.jpg", SampleFiles.jpeg(), "image/jpeg", "image/jpeg"),
                Arguments.of("phuong-an.docx", SampleFiles.docx(), DOCX, DOCX),
                Arguments.of("danh-muc.xlsx", SampleFiles.xlsx(), XLSX, XLSX),
                // Disguises: the content decides, whatever the name says.
                Arguments.of("bao-cao.pdf", SampleFiles.windowsExecutable(), "application/x-msdownload", "application/pdf"),
                Arguments.of("anh.pdf", SampleFiles.png(), "image/png", "application/pdf"),
                Arguments.of("ghi-chu.pdf", "chỉ là văn bản".getBytes(StandardCharsets.UTF_8), "text/plain", "application/pdf"),
                Arguments.of("rac.pdf", new byte[] {0x13, 0x37, 0x00, (byte) 0xfe, 0x01, 0x02, 0x7f, 0x00}, "application/octet-stream", "application/pdf"),
                // A package is told by its main part, not by its name.
                Arguments.of("phuong-an.xlsx", SampleFiles.docx(), DOCX, XLSX),
                Arguments.of("phuong-an.zip", SampleFiles.docx(), DOCX, "application/zip"),
                Arguments.of("macro.docx", SampleFiles.ooxml("word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml", "<x/>"),
                        "application/vnd.ms-word.document.macroenabled.12", DOCX),
                Arguments.of("la.docx", SampleFiles.ooxml("x/y.xml", "application/xml", "<x/>"), "application/x-tika-ooxml", DOCX));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("files")
    void theContentDecidesTheTypeWhateverTheName(String name, byte[] content, String detected, String named)
            throws IOException {
        Path file = Files.write(dir.resolve("upload"), content);
        assertThat(detector.detect(file)).isEqualTo(detected);
        assertThat(detector.typeOfName(name)).isEqualTo(named);
    }
}
