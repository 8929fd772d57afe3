package vn.gov.moh.soc.portal.infrastructure.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import vn.gov.moh.soc.portal.domain.model.report.Report;
import vn.gov.moh.soc.portal.domain.model.report.ReportFileStore;

/**
 * Built reports as files named by their SHA-256 (and extension) in one folder, as attachments are
 * kept, and for the same reason: no BLOB type common to H2 and PostgreSQL, and a small database.
 * Written to a temporary file and moved in, so a reader never sees half a report.
 */
public class FileReportStore implements ReportFileStore {
    private final Path folder;

    public FileReportStore(Path folder) {
        this.folder = folder;
    }

    @Override
    public void keep(Report.StoredContent content, byte[] bytes) {
        Path target = path(content);
        try {
            Files.createDirectories(folder);
            if (Files.exists(target) && Report.StoredContent.sha256(Files.readAllBytes(target)).equals(content.sha256())) {
                return;
            }
            Path temp = Files.createTempFile(folder, "report-", ".part");
            try {
                Files.write(temp, bytes);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the report could not be stored in " + folder + " (portal.reports.folder): " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] read(Report.StoredContent content) {
        Path file = path(content);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException("the report file " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (!Report.StoredContent.sha256(bytes).equals(content.sha256())) {
            throw new IllegalStateException("the report file " + file + " no longer matches its SHA-256");
        }
        return bytes;
    }

    private Path path(Report.StoredContent content) {
        String name = content.fileName();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return folder.resolve(content.sha256() + "." + extension);
    }
}
