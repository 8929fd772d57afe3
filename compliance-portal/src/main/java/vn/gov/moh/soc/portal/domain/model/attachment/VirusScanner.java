package vn.gov.moh.soc.portal.domain.model.attachment;

import java.nio.file.Path;

/** Scans an uploaded file before it is accepted; a scanner that cannot answer throws, and the upload fails. */
public interface VirusScanner {
    ScanResult scan(Path file);
}
