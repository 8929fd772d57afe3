package vn.gov.moh.soc.portal.domain.model.attachment;

import java.util.Objects;

/**
 * What a virus scanner said about a file.
 *
 * @param verdict clean, infected or not scanned (no scanner configured)
 * @param engine  which scanner answered, e.g. {@code clamd 127.0.0.1:3310}
 * @param detail  the signature found, or why it was not scanned
 */
public record ScanResult(Verdict verdict, String engine, String detail) {
    public enum Verdict {
        CLEAN, INFECTED, NOT_SCANNED
    }

    public ScanResult {
        Objects.requireNonNull(verdict, "verdict");
        engine = engine == null ? "" : engine;
        detail = detail == null ? "" : detail;
    }
}
