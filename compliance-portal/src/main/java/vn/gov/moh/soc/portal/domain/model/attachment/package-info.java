/**
 * The files attached to a dossier (design documents, the security plan, the specialized unit's
 * opinion): their identity and metadata with a SHA-256 checksum, the rules an upload must pass
 * (size, allowed content types read from the content itself, a virus scan) and the ports to the
 * store that keeps the bytes, the content-type detector and the scanner.
 */
package vn.gov.moh.soc.portal.domain.model.attachment;
