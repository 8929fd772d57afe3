package vn.gov.moh.soc.portal.domain.model.incident;

import vn.gov.moh.soc.portal.domain.shared.Text;

/**
 * Whom a report goes to. {@code confirmed} false marks a name that may be out of date (agencies
 * have been renamed or merged since the circular; see LEGAL.md): the role is the law's, the name
 * is ours to check.
 *
 * @param role the recipient as the rule names it, e.g. "cơ quan điều phối quốc gia"
 * @param contact how to reach it (optional): address, phone, portal
 */
public record ReportRecipient(String role, String name, boolean confirmed, String contact) {
    public ReportRecipient {
        role = Text.required(role, "the recipient's role", 300);
        name = Text.required(name, "the recipient's name", 300);
        contact = Text.optional(contact, "the recipient's contact", 500);
    }
}
