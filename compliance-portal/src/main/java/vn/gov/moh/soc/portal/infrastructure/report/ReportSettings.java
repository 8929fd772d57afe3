package vn.gov.moh.soc.portal.infrastructure.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.moh.soc.portal.domain.model.report.ReportFileStore;

/**
 * The reports' settings (MicroProfile Config): {@code portal.reports.font} and
 * {@code portal.reports.font-bold} (TrueType files with the Vietnamese letters; default Debian's
 * DejaVu Sans from {@code fonts-dejavu-core}) and {@code portal.reports.folder} (default the folder
 * {@code reports} inside {@code portal.attachments.folder}, which is next to the database).
 */
@ApplicationScoped
public class ReportSettings {
    public static final String FONT = "portal.reports.font";
    public static final String BOLD_FONT = "portal.reports.font-bold";
    public static final String DEFAULT_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    public static final String DEFAULT_BOLD_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    @Inject
    @ConfigProperty(name = FONT, defaultValue = DEFAULT_FONT)
    String font;
    @Inject
    @ConfigProperty(name = BOLD_FONT, defaultValue = DEFAULT_BOLD_FONT)
    String boldFont;
    @Inject
    @ConfigProperty(name = "portal.reports.folder")
    Optional<String> folder;
    @Inject
    @ConfigProperty(name = "portal.attachments.folder")
    String attachments;

    Path font() {
        return Path.of(font);
    }

    Path boldFont() {
        return Path.of(boldFont);
    }

    Path folder() {
        return folder.filter(f -> !f.isBlank()).map(Path::of).orElseGet(() -> Path.of(attachments, "reports"));
    }

    @Produces
    @Singleton
    PdfReportRenderer pdf() {
        return new PdfReportRenderer(font(), boldFont());
    }

    @Produces
    @Singleton
    CsvReportRenderer csv() {
        return new CsvReportRenderer();
    }

    @Produces
    @Singleton
    ReportFileStore files() {
        return new FileReportStore(folder());
    }
}
