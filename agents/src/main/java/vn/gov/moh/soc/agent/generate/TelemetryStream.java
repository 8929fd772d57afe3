package vn.gov.moh.soc.agent.generate;

/** The telemetry streams of a unit, each written to a file of its own under the unit's folder. */
public enum TelemetryStream {
    /** sshd, pam and sudo messages in RFC 3164 syslog form. */
    AUTH("auth.log"),
    /** nginx combined access log of the hospital information system portal. */
    NGINX("nginx-access.log"),
    /** Windows Security and Sysmon events, one evtx-JSON object per line. */
    WINDOWS("windows.jsonl"),
    /** EHR access records as FHIR R4 AuditEvent resources, one per line. */
    EHR("ehr-audit.jsonl"),
    /** UFW (netfilter LOG) kernel lines in RFC 3164 syslog form. */
    FIREWALL("firewall.log");

    private final String fileName;

    TelemetryStream(String fileName) {
        this.fileName = fileName;
    }

    /** The file name of the stream inside a unit's folder. */
    public String fileName() {
        return fileName;
    }
}
