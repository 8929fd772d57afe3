package vn.gov.moh.soc.portal.domain.model.report;

import java.util.List;
import java.util.Objects;

/**
 * A report's content before it is rendered: a title, the facts about the report itself (scope,
 * who asked, what it was built from), then sections of paragraphs and tables. The PDF shows all of
 * it; the CSV is the {@link #main()} table alone, under its columns' keys.
 *
 * @param title    the Vietnamese title
 * @param facts    label and value pairs shown under the title
 * @param sections in order
 * @param main     the table the CSV holds (one of the sections' tables)
 */
public record ReportContent(String title, List<Fact> facts, List<Section> sections, Table main) {
    public ReportContent {
        Objects.requireNonNull(title, "title");
        facts = List.copyOf(facts);
        sections = List.copyOf(sections);
        Objects.requireNonNull(main, "main");
        if (sections.stream().noneMatch(s -> s.table() == main)) {
            throw new IllegalArgumentException("the main table is one of the sections' tables");
        }
    }

    public record Fact(String label, String value) {
        public Fact {
            Objects.requireNonNull(label, "label");
            value = value == null ? "" : value;
        }
    }

    /** A heading with paragraphs and an optional table. */
    public record Section(String heading, List<String> paragraphs, Table table) {
        public Section {
            Objects.requireNonNull(heading, "heading");
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * A column: {@code key} heads the CSV column (stable, ASCII, for programs), {@code label} the PDF
     * column (Vietnamese, for people), {@code weight} its share of the page's width.
     */
    public record Column(String key, String label, int weight) {
        public Column {
            if (!key.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("a column key is lower-case ASCII: " + key);
            }
            Objects.requireNonNull(label, "label");
            if (weight < 1) {
                throw new IllegalArgumentException("a column's weight is at least 1: " + key);
            }
        }
    }

    /** Rows of text cells, each as long as the columns; an empty cell is "". */
    public record Table(List<Column> columns, List<List<String>> rows) {
        public Table {
            columns = List.copyOf(columns);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("a table has columns");
            }
            rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
            for (List<String> r : rows) {
                if (r.size() != columns.size()) {
                    throw new IllegalArgumentException("a row has " + r.size() + " cells for " + columns.size() + " columns: " + r);
                }
            }
        }
    }
}
