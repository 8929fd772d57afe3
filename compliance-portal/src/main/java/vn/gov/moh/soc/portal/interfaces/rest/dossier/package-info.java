/**
 * The level-proposal dossier over REST: drafts and their content, attachments (multipart upload
 * with Jakarta REST 3.1 {@code EntityPart}, download with the checksum), the workflow's
 * transitions, comments, the history of versions, and the authority table.
 */
package vn.gov.moh.soc.portal.interfaces.rest.dossier;
