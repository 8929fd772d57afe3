package vn.gov.moh.soc.portal.infrastructure.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.gov.moh.soc.portal.domain.model.report.ReportContent;
import vn.gov.moh.soc.portal.domain.model.report.ReportFormat;
import vn.gov.moh.soc.portal.domain.model.report.ReportRenderer;

/**
 * A report as PDF: A4 landscape, the title, the report's facts, then each section's paragraphs and
 * table (cells wrapped, the header repeated on every page), page numbers at the foot. The text is
 * set in a TrueType font read from a file and embedded as a subset, so that the Vietnamese
 * letters show on any reader; the standard 14 PDF fonts have none of them.
 */
public class PdfReportRenderer implements ReportRenderer {
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float TITLE = 15, HEADING = 11.5f, BODY = 9.5f, CELL = 7.5f, FOOT = 7.5f;
    private static final float PAD = 2.5f;
    private static final int MAX_CELL_LINES = 40;

    private final Path regularFont;
    private final Path boldFont;

    public PdfReportRenderer(Path regularFont, Path boldFont) {
        this.regularFont = regularFont;
        this.boldFont = boldFont;
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.PDF;
    }

    @Override
    public byte[] render(ReportContent content) {
        checkFont(regularFont, ReportSettings.FONT);
        checkFont(boldFont, ReportSettings.BOLD_FONT);
        try (PDDocument doc = new PDDocument()) {
            Writer w = new Writer(doc, load(doc, regularFont), load(doc, boldFont));
            w.paragraph(content.title(), w.bold, TITLE, 6);
            for (ReportContent.Fact f : content.facts()) {
                w.paragraph(f.label() + ": " + f.value(), w.regular, BODY, 1);
            }
            w.space(8);
            for (ReportContent.Section s : content.sections()) {
                w.ensure(HEADING * 3);
                w.paragraph(s.heading(), w.bold, HEADING, 4);
                for (String p : s.paragraphs()) {
                    w.paragraph(p, w.regular, BODY, 2);
                }
                if (s.table() != null) {
                    w.table(s.table());
                }
                w.space(8);
            }
            w.close();
            w.footers(content.title());
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(content.title());
            info.setCreator("compliance-portal");
            info.setCreationDate(Calendar.getInstance());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new ReportRenderingException("the PDF could not be written: " + e.getMessage(), e);
        }
    }

    private static void checkFont(Path font, String setting) {
        if (!Files.isReadable(font)) {
            throw new ReportRenderingException("the report font " + font + " is missing: set " + setting
                    + " to a TrueType font with the Vietnamese letters (Debian package fonts-dejavu-core has " + ReportSettings.DEFAULT_FONT + ")", null);
        }
    }

    private static PDType0Font load(PDDocument doc, Path font) throws IOException {
        try {
            return PDType0Font.load(doc, font.toFile());
        } catch (IOException | RuntimeException e) {
            throw new ReportRenderingException("the report font " + font + " is not a usable TrueType font: " + e.getMessage(), e);
        }
    }

    /** Lays text out top to bottom, opening pages as it goes. */
    private static final class Writer {
        private final PDDocument doc;
        final PDType0Font regular;
        final PDType0Font bold;
        private final Map<PDType0Font, Map<Integer, Boolean>> glyphs = new HashMap<>();
        private PDPageContentStream cs;
        private float y;

        Writer(PDDocument doc, PDType0Font regular, PDType0Font bold) throws IOException {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PAGE.getHeight() - MARGIN;
        }

        void close() throws IOException {
            cs.close();
        }

        void space(float points) {
            y -= points;
        }

        void ensure(float height) throws IOException {
            if (y - height < MARGIN + FOOT * 2) {
                newPage();
            }
        }

        void paragraph(String text, PDType0Font font, float size, float after) throws IOException {
            float leading = size * 1.3f;
            for (String line : wrap(clean(font, text), font, size, PAGE.getWidth() - 2 * MARGIN)) {
                ensure(leading);
                show(font, size, MARGIN, y - size, line);
                y -= leading;
            }
            y -= after;
        }

        void table(ReportContent.Table table) throws IOException {
            float width = PAGE.getWidth() - 2 * MARGIN;
            int total = table.columns().stream().mapToInt(ReportContent.Column::weight).sum();
            float[] widths = new float[table.columns().size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = width * table.columns().get(i).weight() / total;
            }
            Cells header = cells(table.columns().stream().map(ReportContent.Column::label).toList(), widths, bold);
            List<Cells> rows = new ArrayList<>();
            for (List<String> r : table.rows()) {
                rows.add(cells(r, widths, regular));
            }
            if (rows.isEmpty()) {
                rows.add(cells(java.util.Collections.nCopies(widths.length, ""), widths, regular));
            }
            ensure(header.height() + rows.get(0).height());
            draw(header, widths, bold, true);
            for (Cells r : rows) {
                if (y - r.height() < MARGIN + FOOT * 2) {
                    newPage();
                    draw(header, widths, bold, true);
                }
                draw(r, widths, regular, false);
            }
        }

        /** A row's cells as wrapped lines, and its height. */
        private record Cells(List<List<String>> lines, float height) {
        }

        private Cells cells(List<String> texts, float[] widths, PDType0Font font) throws IOException {
            List<List<String>> lines = new ArrayList<>();
            int most = 1;
            for (int i = 0; i < texts.size(); i++) {
                List<String> l = wrap(clean(font, texts.get(i)), font, CELL, widths[i] - 2 * PAD);
                if (l.size() > MAX_CELL_LINES) {
                    // A row never outgrows a page: a very long cell (evidence text) is cut, the CSV has it whole.
                    l = new ArrayList<>(l.subList(0, MAX_CELL_LINES));
                    l.set(MAX_CELL_LINES - 1, l.get(MAX_CELL_LINES - 1) + " ...");
                }
                lines.add(l);
                most = Math.max(most, l.size());
            }
            return new Cells(lines, most * CELL * 1.25f + 2 * PAD);
        }

        private void draw(Cells row, float[] widths, PDType0Font font, boolean header) throws IOException {
            float height = row.height();
            if (header) {
                cs.setNonStrokingColor(0.88f, 0.91f, 0.95f);
                cs.addRect(MARGIN, y - height, sum(widths), height);
                cs.fill();
                cs.setNonStrokingColor(0f, 0f, 0f);
            }
            cs.setLineWidth(0.4f);
            float x = MARGIN;
            for (int i = 0; i < widths.length; i++) {
                cs.addRect(x, y - height, widths[i], height);
                x += widths[i];
            }
            cs.stroke();
            x = MARGIN;
            for (int i = 0; i < widths.length; i++) {
                float ty = y - PAD - CELL;
                for (String l : row.lines().get(i)) {
                    show(font, CELL, x + PAD, ty, l);
                    ty -= CELL * 1.25f;
                }
                x += widths[i];
            }
            y -= height;
        }

        private static float sum(float[] widths) {
            float s = 0;
            for (float w : widths) {
                s += w;
            }
            return s;
        }

        private void show(PDType0Font font, float size, float x, float baseline, String text) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, baseline);
            cs.showText(text);
            cs.endText();
        }

        /** NFC (Vietnamese letters as one code point each), no control characters, '?' for a letter the font lacks. */
        private String clean(PDType0Font font, String text) {
            String s = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\r\\n\\t\\p{Cntrl}]+", " ");
            Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
            StringBuilder out = new StringBuilder(s.length());
            s.codePoints().forEach(cp -> out.appendCodePoint(known.computeIfAbsent(cp, c -> encodable(font, c)) ? cp : '?'));
            return out.toString();
        }

        private static boolean encodable(PDType0Font font, int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }

        private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, size, candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                // A word wider than the column is cut where it must be.
                String rest = word;
                while (width(font, size, rest) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(font, size, rest.substring(0, cut)) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            if (!line.isEmpty() || lines.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        private static float width(PDType0Font font, float size, String text) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** "Trang i/n" and the title at the foot of every page. */
        void footers(String title) throws IOException {
            int n = doc.getNumberOfPages();
            String shortTitle = title.length() > 110 ? title.substring(0, 107) + "..." : title;
            for (int i = 0; i < n; i++) {
                try (PDPageContentStream foot = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                    cs = foot;
                    show(regular, FOOT, MARGIN, MARGIN - FOOT, clean(regular, shortTitle));
                    String page = "Trang " + (i + 1) + "/" + n;
                    show(regular, FOOT, PAGE.getWidth() - MARGIN - width(regular, FOOT, page), MARGIN - FOOT, page);
                }
            }
        }
    }
}
