/**
 * Parsers that turn raw log records into ECS {@link vn.gov.moh.soc.core.event.Event}s with their
 * Sigma log source: Windows events exported as JSON (evtx-JSON), syslog (with sshd, pam, sudo and
 * su messages, the kernel's netfilter packet log, and access logs sent to syslog), nginx/Apache
 * access logs, IIS W3C logs, FHIR AuditEvents and JSON that is already ECS (Filebeat, Fluent Bit).
 * {@link vn.gov.moh.soc.core.parse.EventReader} is the one entry point: the Flink normalize stage
 * and the {@code soc-sigma} CLI both go through it.
 */
package vn.gov.moh.soc.core.parse;
