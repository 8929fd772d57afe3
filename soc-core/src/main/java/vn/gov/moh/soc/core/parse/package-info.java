/**
 * Parsers that turn raw log records into ECS {@link vn.gov.moh.soc.core.event.Event}s with their
 * Sigma log source: Windows events exported as JSON (evtx-JSON), and (next) syslog, sshd/pam,
 * web access logs. The Flink normalize stage and the {@code soc-sigma} CLI use the same parsers.
 */
package vn.gov.moh.soc.core.parse;
