package vn.gov.moh.soc.portal.application.report;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.gov.moh.soc.portal.domain.model.report.Report;
import vn.gov.moh.soc.portal.domain.model.report.ReportFileStore;
import vn.gov.moh.soc.portal.domain.model.report.ReportFormat;
import vn.gov.moh.soc.portal.domain.model.report.ReportId;
import vn.gov.moh.soc.portal.domain.model.report.ReportRenderer;

/**
 * Builds each requested report as one task on the server's managed executor: reads its data
 * (progress 0–90 %), renders it, keeps the file by its SHA-256 and marks the report done; any
 * failure marks it failed with the reason, which the report list shows.
 */
@ApplicationScoped
public class ReportJobs {
    private static final Logger LOG = Logger.getLogger(ReportJobs.class.getName());

    @Resource
    ManagedExecutorService executor;
    @Inject
    ReportRecords records;
    @Inject
    ReportSources sources;
    @Inject
    Instance<ReportRenderer> renderers;
    @Inject
    ReportFileStore files;

    /** Starts building the (committed) report; returns at once. */
    public void submit(ReportId id) {
        executor.execute(() -> build(id));
    }

    void build(ReportId id) {
        try {
            Report report = records.find(id).orElseThrow(() -> new IllegalStateException("report " + id + " is not stored"));
            records.start(id);
            Instant asOf = records.now();
            ReportSources.Built built = sources.build(report, asOf, percent -> records.progress(id, percent * 90 / 100));
            byte[] bytes = rendererFor(report.format()).render(built.content());
            records.progress(id, 95);
            Report.StoredContent content = Report.StoredContent.of(report.format().contentType(), fileName(report), bytes);
            files.keep(content, bytes);
            records.finish(id, content, built.builtFrom());
            LOG.info(() -> "report " + id + " (" + report.scope().describe() + ", " + report.format() + ") built: " + bytes.length + " bytes, "
                    + built.builtFrom().describe());
        } catch (RuntimeException | Error e) {
            LOG.log(Level.WARNING, "report " + id + " failed", e);
            try {
                records.fail(id, reason(e));
            } catch (RuntimeException again) {
                LOG.log(Level.SEVERE, "report " + id + " failed and its failure could not be stored", again);
            }
        }
    }

    ReportRenderer rendererFor(ReportFormat format) {
        return renderers.stream().filter(r -> r.format() == format).findFirst()
                .orElseThrow(() -> new IllegalStateException("no renderer for " + format));
    }

    /** The name offered on download: kind, scope, id, e.g. {@code bao-cao-don-vi-bv-bach-mai-101.pdf}. */
    static String fileName(Report r) {
        String scope = switch (r.scope().kind().needs()) {
            case NOTHING -> "";
            case UNIT -> "-" + r.scope().unit().value();
            case SYSTEM -> "-he-thong-" + r.scope().system();
            case YEAR -> "-" + r.scope().year();
        };
        return r.scope().kind().fileStem() + scope + "-" + r.id() + "." + r.format().extension();
    }

    /** The exception's own message, which names what failed (e.g. the missing font), with its type for the unexpected ones. */
    static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? "" : t.getMessage();
        return e instanceof ReportRenderer.ReportRenderingException || e instanceof vn.gov.moh.soc.portal.application.NotFoundException
                ? message : t.getClass().getSimpleName() + ": " + message;
    }
}
