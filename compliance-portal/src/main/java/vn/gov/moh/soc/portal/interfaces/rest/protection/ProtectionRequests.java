package vn.gov.moh.soc.portal.interfaces.rest.protection;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.domain.model.protection.Inspection;
import vn.gov.moh.soc.portal.domain.model.protection.MonitoringContract;
import vn.gov.moh.soc.portal.domain.model.protection.NationalConnection;
import vn.gov.moh.soc.portal.domain.model.protection.StaffMember;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.interfaces.rest.RequestFields;

/** The bodies of the layers' declarations: classes with public fields (see {@link RequestFields}). */
public final class ProtectionRequests {
    private ProtectionRequests() {
    }

    /** Layer 1: the whole list of on-site staff. */
    public static class OnSiteForce {
        public List<Staff> staff;

        public List<StaffMember> toDomain() {
            List<StaffMember> result = new ArrayList<>();
            List<Staff> given = staff == null ? List.of() : staff;
            if (given.size() > 200) {
                throw new InvalidFieldException("staff", "at most 200 staff members");
            }
            for (int i = 0; i < given.size(); i++) {
                Staff s = given.get(i);
                String at = "staff[" + i + "]";
                if (s == null) {
                    throw new InvalidFieldException(at, at + " is empty");
                }
                RequestFields.required(at + ".name", s.name, 200);
                result.add(RequestFields.domain(at, () -> new StaffMember(s.name, s.role, s.phone, s.email, s.contact)));
            }
            return result;
        }
    }

    public static class Staff {
        public String name;
        public String role;
        public String phone;
        public String email;
        public boolean contact;
    }

    /** Layer 2. */
    public static class Monitoring {
        public String provider;
        public String contractReference;
        public String from;
        public String until;
        public List<Long> systems;

        public MonitoringContract toDomain() {
            RequestFields.required("provider", provider, 300);
            var start = RequestFields.requiredDate("from", from);
            var end = RequestFields.date("until", until);
            if (end != null && end.isBefore(start)) {
                throw new InvalidFieldException("until", "the contract ends (" + end + ") before it starts (" + start + ")");
            }
            List<Long> ids = systems == null ? List.of() : systems;
            for (int i = 0; i < ids.size(); i++) {
                if (ids.get(i) == null || ids.get(i) <= 0) {
                    throw new InvalidFieldException("systems[" + i + "]", "a system id is a positive number");
                }
            }
            Set<SystemId> declared = ids.stream().map(SystemId::new).collect(Collectors.toSet());
            return RequestFields.domain("contractReference", () -> new MonitoringContract(provider, contractReference, start, end, declared));
        }
    }

    /** Layer 3: one inspection. */
    public static class InspectionRecord {
        public String inspector;
        public String date;
        public String scope;
        public List<String> findings;

        public Inspection toDomain() {
            RequestFields.required("inspector", inspector, 300);
            var day = RequestFields.requiredDate("date", date);
            return RequestFields.domain("findings", () -> new Inspection(inspector, day, RequestFields.optional("scope", scope, 2000), findings));
        }
    }

    /** Layer 4. */
    public static class Connection {
        public String connectedSince;
        public String channel;

        public NationalConnection toDomain() {
            var since = RequestFields.requiredDate("connectedSince", connectedSince);
            return new NationalConnection(since, RequestFields.required("channel", channel, 300));
        }
    }
}
