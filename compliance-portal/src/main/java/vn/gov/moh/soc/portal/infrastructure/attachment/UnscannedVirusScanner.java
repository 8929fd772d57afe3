package vn.gov.moh.soc.portal.infrastructure.attachment;

import java.nio.file.Path;
import vn.gov.moh.soc.portal.domain.model.attachment.ScanResult;
import vn.gov.moh.soc.portal.domain.model.attachment.VirusScanner;

/** The default when no scanner is configured: every file is recorded as not scanned, never as clean. */
public final class UnscannedVirusScanner implements VirusScanner {
    @Override
    public ScanResult scan(Path file) {
        return new ScanResult(ScanResult.Verdict.NOT_SCANNED, "none", "no virus scanner is configured (portal.attachments.clamd.host)");
    }
}
