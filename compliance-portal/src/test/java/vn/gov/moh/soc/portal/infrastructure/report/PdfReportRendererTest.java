package vn.gov.moh.soc.portal.infrastructure.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.domain.model.report.ReportContent;
import vn.gov.moh.soc.portal.domain.model.report.ReportContent.Column;
import vn.gov.moh.soc.portal.domain.model.report.ReportContent.Fact;
import vn.gov.moh.soc.portal.domain.model.report.ReportContent.Section;
import vn.gov.moh.soc.portal.domain.model.report.ReportContent.Table;
import vn.gov.moh.soc.portal.domain.model.report.ReportRenderer.ReportRenderingException;

/**
 * The PDF renderer with Debian's DejaVu Sans ({@code fonts-dejavu-core}, which {@code .ci/run}
 * installs): Vietnamese text comes back out of the PDF as written, the font is embedded as a
 * subset, long tables run over pages with their header repeated, and a missing font is named.
 */
class PdfReportRendererTest {
    private static final Path REGULAR = Path.of(ReportSettings.DEFAULT_FONT);
    private static final Path BOLD = Path.of(ReportSettings.DEFAULT_BOLD_FONT);
    private static final String TITLE = "Báo cáo tình hình bảo đảm an toàn hệ thống thông tin theo cấp độ toàn ngành Y tế";

    @BeforeAll
    static void fontInstalled() {
        assumeTrue(Files.isReadable(REGULAR) && Files.isReadable(BOLD),
                "DejaVu Sans is not installed (Debian package fonts-dejavu-core; .ci/run installs it)");
    }

    private static ReportContent content(int rows, String cellText) {
        List<List<String>> r = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            r.add(List.of(Integer.toString(i), "Hệ thống thông tin khám chữa bệnh số " + i, cellText));
        }
        Table t = new Table(List.of(new Column("id", "Mã", 1), new Column("name", "Tên hệ thống thông tin", 4),
                new Column("note", "Ghi chú", 4)), r);
        return new ReportContent(TITLE, List.of(new Fact("Phạm vi", "toàn ngành"), new Fact("Dữ liệu tính đến", "01/12/2026 00:30:00")),
                List.of(new Section("I. Tổng hợp", List.of("Đơn vị triển khai đủ mô hình bảo vệ 4 lớp: 1/2."), null),
                        new Section("II. Các hệ thống thông tin", List.of(), t)), t);
    }

    private static String text(PDDocument doc, int page) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    @Test
    void theVietnameseTextIsInThePdfInAnEmbeddedSubsetOfTheFont() throws Exception {
        byte[] pdf = new PdfReportRenderer(REGULAR, BOLD).render(content(3, "Đã phê duyệt; Tuyệt mật; Sở Y tế Hà Nội"));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "PdfReportRendererTest.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(TITLE);
            String page = text(doc, 1);
            assertThat(page).contains(TITLE.substring(0, 60), "Đơn vị triển khai đủ mô hình bảo vệ 4 lớp: 1/2.",
                    "Hệ thống thông tin khám chữa bệnh số 3", "Đã phê duyệt; Tuyệt mật; Sở Y tế Hà Nội", "Trang 1/1");
            List<PDFont> fonts = new ArrayList<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                fonts.add(doc.getPage(0).getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> {
                assertThat(f).isInstanceOf(PDType0Font.class);
                // A subset's name has a six-letter tag: "ABCDEF+DejaVuSans".
                assertThat(f.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
                assertThat(f.isEmbedded()).isTrue();
            });
        }
        // A subset, not the whole 700 kB font file.
        assertThat(pdf.length).isLessThan(150_000);
    }

    @Test
    void aLongTableRunsOverPagesWithItsHeaderOnEach() throws Exception {
        byte[] pdf = new PdfReportRenderer(REGULAR, BOLD).render(content(120, "x"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            for (int p = 2; p <= pages; p++) {
                assertThat(text(doc, p)).contains("Tên hệ thống thông tin", "Trang " + p + "/" + pages);
            }
            assertThat(text(doc, pages)).contains("Hệ thống thông tin khám chữa bệnh số 120");
        }
    }

    @Test
    void controlCharactersLettersTheFontLacksAndOverlongWordsStillRender() throws Exception {
        String odd = "dòng một\ndòng hai\tcột \uE000 " + "a".repeat(400);
        byte[] pdf = new PdfReportRenderer(REGULAR, BOLD).render(content(1, odd));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(text(doc, 1)).contains("dòng một dòng hai cột ?");
        }
    }

    @Test
    void aMissingFontFailsNamingTheFileAndTheSetting() {
        Path missing = Path.of("/nonexistent/fonts/Khong-co.ttf");
        assertThatThrownBy(() -> new PdfReportRenderer(missing, BOLD).render(content(1, "")))
                .isInstanceOf(ReportRenderingException.class)
                .hasMessageContaining("/nonexistent/fonts/Khong-co.ttf").hasMessageContaining("portal.reports.font")
                .hasMessageContaining("fonts-dejavu-core");
    }

    @Test
    void aFileThatIsNoFontFailsSayingSo() throws Exception {
        Path notFont = Files.createTempFile("not-a-font", ".ttf");
        Files.writeString(notFont, "không phải phông chữ");
        try {
            assertThatThrownBy(() -> new PdfReportRenderer(notFont, BOLD).render(content(1, "")))
                    .isInstanceOf(ReportRenderingException.class).hasMessageContaining(notFont.toString())
                    .hasMessageContaining("not a usable TrueType font");
        } finally {
            Files.delete(notFont);
        }
    }
}
