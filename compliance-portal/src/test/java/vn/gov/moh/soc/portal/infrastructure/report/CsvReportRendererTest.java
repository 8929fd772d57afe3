package vn.gov.moh.soc.portal.infrastructure.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.domain.model.report.ReportContent;
import vn.gov.moh.soc.portal.domain.model.report.ReportContent.Column;
import vn.gov.moh.soc.portal.domain.model.report.ReportContent.Section;
import vn.gov.moh.soc.portal.domain.model.report.ReportContent.Table;

/** The CSV is the main table only, under the columns' keys, and reads back cell for cell. */
class CsvReportRendererTest {
    @Test
    void theMainTableReadsBackCellForCellWithTheKeysAsHeader() throws Exception {
        Table other = new Table(List.of(new Column("unit_id", "Mã đơn vị", 1)), List.of(List.of("byt")));
        Table main = new Table(List.of(new Column("system_id", "Mã", 1), new Column("system_name", "Tên", 1), new Column("note", "Ghi chú", 1)),
                List.of(List.of("1", "HIS \"Bạch Mai\", cơ sở 2", "dòng một\r\ndòng hai"), List.of("2", "Cổng dịch vụ công", "")));
        ReportContent c = new ReportContent("Báo cáo", List.of(), List.of(new Section("a", List.of(), other), new Section("b", List.of(), main)), main);

        byte[] bytes = new CsvReportRenderer().render(c);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFsystem_id,system_name,note\r\n");
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1)))) {
            assertThat(p.getHeaderNames()).containsExactly("system_id", "system_name", "note");
            List<CSVRecord> rows = p.getRecords();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).toList()).containsExactly("1", "HIS \"Bạch Mai\", cơ sở 2", "dòng một\r\ndòng hai");
            assertThat(rows.get(1).toList()).containsExactly("2", "Cổng dịch vụ công", "");
        }
    }
}
