package vn.gov.moh.soc.portal.domain.model.attachment;

import java.nio.file.Path;

/**
 * An upload received into a temporary file, not yet accepted.
 *
 * @param path   the temporary file
 * @param size   bytes received
 * @param sha256 hex SHA-256 of the content
 */
public record StagedFile(Path path, long size, String sha256) {
}
