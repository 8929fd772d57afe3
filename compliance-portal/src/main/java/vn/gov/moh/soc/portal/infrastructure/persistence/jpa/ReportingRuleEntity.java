package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.gov.moh.soc.portal.domain.model.incident.ReportRecipient;
import vn.gov.moh.soc.portal.domain.model.incident.ReportingRule;

/** A reporting rule with its recipients (migration V43). */
@Entity
@Table(name = "reporting_rule")
public class ReportingRuleEntity {
    @Id
    private String code;
    @Column(nullable = false)
    private String source;
    @Column(nullable = false)
    private String description;
    @Column(name = "within_hours", nullable = false)
    private int withinHours;
    @Column(nullable = false)
    private boolean confirmed;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_recipient", joinColumns = @JoinColumn(name = "rule_code"))
    @OrderBy("entryOrder")
    private List<Recipient> recipients = new ArrayList<>();

    /** One recipient row. */
    @Embeddable
    public static class Recipient {
        @Column(name = "entry_order", nullable = false)
        int entryOrder;
        @Column(name = "recipient_role", nullable = false)
        String role;
        @Column(nullable = false)
        String name;
        @Column(nullable = false)
        boolean confirmed;
        String contact;
    }

    ReportingRule toDomain() {
        return new ReportingRule(code, source, description, Duration.ofHours(withinHours), confirmed,
                recipients.stream().map(r -> new ReportRecipient(r.role, r.name, r.confirmed, r.contact)).toList());
    }
}
