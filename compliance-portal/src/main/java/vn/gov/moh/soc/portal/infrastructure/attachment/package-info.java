/**
 * Where attachments meet the outside world: the folder that keeps their bytes by checksum, the
 * content-type detection by magic bytes (Apache Tika core), the virus scanners (none by default,
 * clamd over its INSTREAM protocol when configured) and the settings that choose them.
 */
package vn.gov.moh.soc.portal.infrastructure.attachment;
