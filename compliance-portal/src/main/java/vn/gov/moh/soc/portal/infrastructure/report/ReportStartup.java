package vn.gov.moh.soc.portal.infrastructure.report;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import vn.gov.moh.soc.portal.application.report.ReportRecords;

/**
 * At deployment, once the schema is migrated: marks the reports a restart interrupted as failed
 * (their jobs ended with the old server; they would show "running" for ever), and warns when a
 * report font is missing, naming it, so that the setting is fixed before the first PDF fails.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class ReportStartup {
    private static final Logger LOG = Logger.getLogger(ReportStartup.class.getName());

    @Inject
    ReportRecords records;
    @Inject
    ReportSettings settings;

    @PostConstruct
    void start() {
        int failed = records.failUnfinished("the portal restarted before the report was built; ask for it again");
        if (failed > 0) {
            LOG.warning(() -> failed + " unfinished reports marked failed: the portal restarted while they were queued or running");
        }
        warnIfMissing(settings.font(), ReportSettings.FONT);
        warnIfMissing(settings.boldFont(), ReportSettings.BOLD_FONT);
        LOG.info(() -> "reports: files in " + settings.folder() + ", font " + settings.font());
    }

    private static void warnIfMissing(Path font, String setting) {
        if (!Files.isReadable(font)) {
            LOG.warning(() -> "the report font " + font + " (" + setting + ") is missing: PDF reports will fail until it is installed "
                    + "(Debian: fonts-dejavu-core) or the setting names another TrueType font");
        }
    }
}
