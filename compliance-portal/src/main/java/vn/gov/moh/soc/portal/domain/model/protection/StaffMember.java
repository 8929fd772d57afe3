package vn.gov.moh.soc.portal.domain.model.protection;

import vn.gov.moh.soc.portal.domain.shared.Text;

/**
 * A person of the on-site force (layer 1).
 *
 * @param contact whether this person is a point of contact for incidents (đầu mối), who must be reachable by phone or e-mail
 */
public record StaffMember(String name, String role, String phone, String email, boolean contact) {
    public StaffMember {
        name = Text.required(name, "the staff member's name", 200);
        role = Text.optional(role, "the role", 200);
        phone = Text.optional(phone, "the phone", 40);
        email = Text.optional(email, "the e-mail", 200);
        if (phone != null && !phone.matches("\\+?[0-9 .()-]{6,40}")) {
            throw new IllegalArgumentException("the phone is digits, spaces and + . ( ) -: " + phone);
        }
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("the e-mail is not an address: " + email);
        }
    }

    public boolean reachable() {
        return phone != null || email != null;
    }
}
