package vn.gov.moh.soc.portal.infrastructure.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.moh.soc.portal.domain.model.attachment.Attachment;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentId;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentKind;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentRejectedException;
import vn.gov.moh.soc.portal.domain.model.attachment.ScanResult;
import vn.gov.moh.soc.portal.domain.model.attachment.StagedFile;

class FileAttachmentStoreTest {
    @TempDir
    Path dir;
    private FileAttachmentStore store;

    @BeforeEach
    void open() {
        store = new FileAttachmentStore();
        store.folderSetting = dir.toString();
        store.open();
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private long files() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private static Attachment attachment(String sha, long size) {
        return new Attachment(new AttachmentId(7), 50, 1, AttachmentKind.DESIGN_DOCUMENT, "a.pdf", "application/pdf", size, sha,
                new ScanResult(ScanResult.Verdict.NOT_SCANNED, "none", ""), "o", Instant.EPOCH);
    }

    @Test
    void aKeptFileIsStoredByItsChecksumAndReadBackOnce() throws Exception {
        byte[] pdf = SampleFiles.pdf("x");
        StagedFile staged = store.stage(new ByteArrayInputStream(pdf), 1000);
        assertThat(staged.size()).isEqualTo(pdf.length);
        assertThat(staged.sha256()).isEqualTo(sha256(pdf));
        store.keep(staged);
        store.discard(staged);
        assertThat(store.pathOf(staged.sha256())).hasBinaryContent(pdf);

        StagedFile again = store.stage(new ByteArrayInputStream(pdf), 1000);
        store.keep(again);
        assertThat(files()).as("the same content is kept once, no staging file left").isEqualTo(1);
        try (InputStream in = store.open(attachment(staged.sha256(), pdf.length))) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
    }

    @Test
    void anOversizedUploadIsRefusedAndLeavesNoFile() throws Exception {
        assertThatThrownBy(() -> store.stage(new ByteArrayInputStream(new byte[1001]), 1000))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AttachmentRejectedException.Reason.TOO_LARGE));
        assertThat(files()).isZero();
        StagedFile exact = store.stage(new ByteArrayInputStream(new byte[1000]), 1000);
        assertThat(exact.size()).isEqualTo(1000);
        store.discard(exact);
        assertThat(files()).isZero();
    }

    @Test
    void aStoredFileWhoseBytesChangedIsNotServed() throws Exception {
        byte[] pdf = SampleFiles.pdf("y");
        StagedFile staged = store.stage(new ByteArrayInputStream(pdf), 1000);
        store.keep(staged);
        Files.write(store.pathOf(staged.sha256()), SampleFiles.pdf("z"));
        assertThatThrownBy(() -> store.open(attachment(staged.sha256(), pdf.length)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("was altered");
    }
}
