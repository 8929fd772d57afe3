/**
 * The file input: follows files matching glob patterns through rotation (rename or
 * copy-truncate), remembers how far each file was read in a registry keyed by file identity,
 * joins multi-line records, and cuts over-long lines without losing the next one.
 */
package vn.gov.moh.soc.agent.file;
