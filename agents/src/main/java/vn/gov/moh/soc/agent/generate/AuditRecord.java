package vn.gov.moh.soc.agent.generate;

/** One EHR access to write as a FHIR AuditEvent. Mutable and reused by its writer. */
final class AuditRecord {
    /** FHIR restful interaction: {@code read}, {@code search}, {@code create}, {@code update}. */
    String interaction;
    Staff user;
    /** The user's address. */
    String ip;
    /** v3 ActReason code: {@code TREAT}, {@code ETREAT}, {@code HPAYMT}, {@code BTG}. */
    String purpose;
    /** FHIR outcome: 0 success, 4 minor failure. */
    int outcome;
    /** The resource read or written ({@code Observation}), or null for a search. */
    String resourceType;
    long resourceId;
    /** The patient whose record it is, or -1 for none (a search by name). */
    long patientId;
    /** For a search or an export: the query ({@code Observation?patient=1&category=laboratory}), else null. */
    String query;
    /** How many records the query returned (an entity detail of type record-count), or -1 for none said. */
    long recordCount = -1;
    /** The FHIR server that recorded the access. */
    Host observer;
}
