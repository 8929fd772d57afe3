package vn.gov.moh.soc.portal.infrastructure.attachment;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.moh.soc.portal.domain.model.attachment.Attachment;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentRejectedException;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentStore;
import vn.gov.moh.soc.portal.domain.model.attachment.StagedFile;

/**
 * Attachments as files under {@code portal.attachments.folder}, named by their SHA-256
 * ({@code ab/abcdef...}): written once, never changed, the same content stored once. Uploads are
 * received into {@code .staging/} and moved into place only when accepted. A file moved into place
 * whose transaction then rolls back stays as an unreferenced file; it is never removed, because
 * another upload of the same content may have committed meanwhile.
 */
@ApplicationScoped
public class FileAttachmentStore implements AttachmentStore {
    private static final int BUFFER = 64 * 1024;

    @Inject
    @ConfigProperty(name = "portal.attachments.folder")
    String folderSetting;

    private Path folder;
    private Path staging;

    @PostConstruct
    void open() {
        folder = Path.of(folderSetting).toAbsolutePath();
        staging = folder.resolve(".staging");
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("portal.attachments.folder: cannot create " + staging, e);
        }
    }

    @Override
    public StagedFile stage(InputStream content, long maxBytes) {
        Path temp;
        try {
            temp = Files.createTempFile(staging, "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage an upload in " + staging, e);
        }
        MessageDigest sha = sha256();
        long size = 0;
        try (InputStream in = content; OutputStream out = Files.newOutputStream(temp)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) > 0; ) {
                size += n;
                if (size > maxBytes) {
                    throw new AttachmentRejectedException(AttachmentRejectedException.Reason.TOO_LARGE,
                            "the file is larger than the limit of " + maxBytes + " bytes");
                }
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            delete(temp);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new UncheckedIOException("the upload could not be received", (IOException) e);
        }
        return new StagedFile(temp, size, HexFormat.of().formatHex(sha.digest()));
    }

    @Override
    public void keep(StagedFile file) {
        Path target = pathOf(file.sha256());
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                delete(file.path()); // the same content is already kept
                return;
            }
            Files.move(file.path(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            delete(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the attachment " + file.sha256(), e);
        }
    }

    @Override
    public void discard(StagedFile file) {
        delete(file.path());
    }

    @Override
    public InputStream open(Attachment attachment) {
        Path file = pathOf(attachment.sha256());
        try {
            // Checked before sending, so a corrupted file is refused rather than served with a false checksum header.
            MessageDigest sha = sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            String actual = HexFormat.of().formatHex(sha.digest());
            if (!actual.equals(attachment.sha256())) {
                throw new IllegalStateException("the stored file of attachment " + attachment.id() + " was altered: its SHA-256 is "
                        + actual + ", not " + attachment.sha256());
            }
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored file of attachment " + attachment.id(), e);
        }
    }

    Path pathOf(String sha256) {
        return folder.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A leftover staging file is harmless; the upload's own error matters more.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
