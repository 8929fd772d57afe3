package vn.gov.moh.soc.agent.generate;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.SplittableRandom;

/**
 * EHR accesses as FHIR R4 AuditEvent resources (the RESTful-operation pattern of the IHE Basic
 * Audit Log Patterns), one JSON object per line: the user as the requesting agent with address and
 * purpose of use, the FHIR server as observer, the patient and the resource as entities; a
 * search or an export has its query as an entity, with the number of records it returned when
 * that is known (detail {@code record-count}).
 */
final class AuditEventFormat {
    private static final String TYPE = "\"type\":{\"system\":\"http://terminology.hl7.org/CodeSystem/audit-event-type\",\"code\":\"rest\",\"display\":\"RESTful Operation\"}";
    private static final String INTERACTION = "http://hl7.org/fhir/restful-interaction";
    private static final String ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
    private static final String OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";

    private final TimeText time;
    private final HospitalUnit[] units;
    private final String[] staffSystems;
    private final String[] roleSystems;

    AuditEventFormat(TimeText time, java.util.List<HospitalUnit> units) {
        this.time = time;
        this.units = units.toArray(new HospitalUnit[0]);
        this.staffSystems = new String[this.units.length];
        this.roleSystems = new String[this.units.length];
        for (int i = 0; i < this.units.length; i++) {
            staffSystems[i] = "https://" + this.units[i].domain() + "/fhir/sid/staff";
            roleSystems[i] = "https://" + this.units[i].domain() + "/fhir/CodeSystem/staff-role";
        }
    }

    private static String actionCode(String interaction) {
        return switch (interaction) {
            case "create" -> "C";
            case "update" -> "U";
            case "delete" -> "D";
            case "read" -> "R";
            default -> "E";
        };
    }

    private static String purposeDisplay(String code) {
        return switch (code) {
            case "TREAT" -> "treatment";
            case "ETREAT" -> "Emergency Treatment";
            case "HPAYMT" -> "healthcare payment";
            case "BTG" -> "break the glass";
            case "HOPERAT" -> "healthcare operations";
            default -> code;
        };
    }

    /** Appends one AuditEvent of the unit with this index. */
    void append(StringBuilder sb, long nanos, int unit, AuditRecord r, SplittableRandom rng) {
        HospitalUnit u = units[unit];
        sb.append("{\"resourceType\":\"AuditEvent\",\"id\":\"");
        Hex.appendUuid(sb, rng);
        sb.append("\",").append(TYPE).append(",\"subtype\":[{\"system\":\"").append(INTERACTION).append("\",\"code\":\"")
                .append(r.interaction).append("\",\"display\":\"").append(r.interaction).append("\"}],\"action\":\"")
                .append(actionCode(r.interaction)).append("\",\"recorded\":\"");
        time.localIsoMillis(sb, nanos);
        sb.append("\",\"outcome\":\"").append(r.outcome).append('"');
        if (r.outcome != 0) {
            sb.append(",\"outcomeDesc\":\"").append(r.outcome == 4 ? "Không tìm thấy tài nguyên" : "Lỗi máy chủ").append('"');
        }
        sb.append(",\"agent\":[{\"type\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/extra-security-role-type\",\"code\":\"humanuser\",\"display\":\"human user\"}]},\"role\":[{\"coding\":[{\"system\":\"")
                .append(roleSystems[unit]).append("\",\"code\":\"").append(r.user.role().code()).append("\",\"display\":\"")
                .append(r.user.role().display()).append("\"}]}],\"who\":{\"identifier\":{\"system\":\"")
                .append(staffSystems[unit]).append("\",\"value\":\"").append(r.user.account()).append("\"},\"display\":\"")
                .append(r.user.displayName()).append("\"},\"requestor\":true,\"network\":{\"address\":\"").append(r.ip)
                .append("\",\"type\":\"2\"},\"purposeOfUse\":[{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/v3-ActReason\",\"code\":\"")
                .append(r.purpose).append("\",\"display\":\"").append(purposeDisplay(r.purpose))
                .append("\"}]}]},{\"type\":{\"coding\":[{\"system\":\"http://dicom.nema.org/resources/ontology/DCM\",\"code\":\"110150\",\"display\":\"Application\"}]},\"who\":{\"display\":\"HIS\"},\"requestor\":false,\"network\":{\"address\":\"")
                .append(r.observer.ip()).append("\",\"type\":\"2\"}}],\"source\":{\"site\":\"").append(u.code())
                .append("\",\"observer\":{\"display\":\"").append(r.observer.fqdn())
                .append("\"},\"type\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/security-source-type\",\"code\":\"3\",\"display\":\"Web Server\"}]},\"entity\":[");
        boolean first = true;
        if (r.patientId >= 0) {
            sb.append("{\"what\":{\"reference\":\"Patient/").append(r.patientId).append("\"},\"type\":{\"system\":\"")
                    .append(ENTITY_TYPE).append("\",\"code\":\"1\",\"display\":\"Person\"},\"role\":{\"system\":\"")
                    .append(OBJECT_ROLE).append("\",\"code\":\"1\",\"display\":\"Patient\"}}");
            first = false;
        }
        // A Patient resource is the patient entity itself; other resources are entities of their own.
        if (r.resourceType != null && !r.resourceType.equals("Patient")) {
            if (!first) {
                sb.append(',');
            }
            sb.append("{\"what\":{\"reference\":\"").append(r.resourceType).append('/').append(r.resourceId)
                    .append("\"},\"type\":{\"system\":\"").append(ENTITY_TYPE)
                    .append("\",\"code\":\"2\",\"display\":\"System Object\"},\"role\":{\"system\":\"").append(OBJECT_ROLE)
                    .append("\",\"code\":\"4\",\"display\":\"Domain Resource\"}}");
            first = false;
        }
        if (r.query != null) {
            if (!first) {
                sb.append(',');
            }
            sb.append("{\"type\":{\"system\":\"").append(ENTITY_TYPE)
                    .append("\",\"code\":\"2\",\"display\":\"System Object\"},\"role\":{\"system\":\"").append(OBJECT_ROLE)
                    .append("\",\"code\":\"24\",\"display\":\"Query\"},\"query\":\"")
                    .append(Base64.getEncoder().encodeToString(r.query.getBytes(StandardCharsets.UTF_8))).append('"');
            if (r.recordCount >= 0) {
                sb.append(",\"detail\":[{\"type\":\"record-count\",\"valueString\":\"").append(r.recordCount).append("\"}]");
            }
            sb.append('}');
        }
        sb.append("]}");
    }
}
