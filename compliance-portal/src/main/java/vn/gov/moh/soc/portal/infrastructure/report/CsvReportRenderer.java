package vn.gov.moh.soc.portal.infrastructure.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.gov.moh.soc.portal.domain.model.report.ReportContent;
import vn.gov.moh.soc.portal.domain.model.report.ReportFormat;
import vn.gov.moh.soc.portal.domain.model.report.ReportRenderer;

/**
 * A report's main table as CSV (RFC 4180: comma, CRLF, quotes where needed), its header the
 * columns' keys. UTF-8 with a byte-order mark: without it, spreadsheet programs read the
 * Vietnamese letters in the local code page.
 */
public class CsvReportRenderer implements ReportRenderer {
    static final String BOM = "\uFEFF";

    @Override
    public ReportFormat format() {
        return ReportFormat.CSV;
    }

    @Override
    public byte[] render(ReportContent content) {
        ReportContent.Table table = content.main();
        StringWriter out = new StringWriter();
        out.write(BOM);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(table.columns().stream().map(ReportContent.Column::key).toArray(String[]::new)).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (var row : table.rows()) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new ReportRenderingException("the CSV could not be written: " + e.getMessage(), e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
