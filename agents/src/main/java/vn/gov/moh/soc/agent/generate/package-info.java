/**
 * {@code soc-agent generate}: synthetic but realistic telemetry of Vietnamese hospitals (sshd/pam
 * syslog, nginx access logs of the hospital information system portal, Windows Security and
 * Sysmon events as evtx-JSON, FHIR R4 AuditEvent records of the EHR, UFW firewall kernel lines),
 * with attack scenarios mixed in on request for demos, benchmarks and security drills.
 *
 * <p>Everything is deterministic given a seed and a start instant. Scenario lines carry no
 * marker of their own: the generator reports each scenario it starts (time, unit, source
 * address, user, host) so that a drill can measure when the platform detected it.
 * {@link vn.gov.moh.soc.agent.generate.TelemetryGenerator} is the API,
 * {@link vn.gov.moh.soc.agent.generate.GenerateCommand} the command line.
 */
package vn.gov.moh.soc.agent.generate;
