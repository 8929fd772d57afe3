package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6Plan;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6PlanId;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.infrastructure.json.GovernanceJson;

/** A migration plan's row; its milestones are a JSON document, always read and written with the plan. */
@Entity
@Table(name = "ipv6_plan")
public class Ipv6PlanEntity {
    @Id
    @SequenceGenerator(name = "ipv6_plan_seq", sequenceName = "ipv6_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ipv6_plan_seq")
    private Long id;
    @Column(name = "unit_id", nullable = false)
    private String unitId;
    @Column(name = "system_id")
    private Long systemId;
    @Column(nullable = false)
    private String title;
    @Column(name = "milestones_json", nullable = false)
    private String milestonesJson;
    @Version
    private long version;

    void copyFrom(Ipv6Plan p) {
        unitId = p.unit().value();
        systemId = p.system() == null ? null : p.system().value();
        title = p.title();
        milestonesJson = GovernanceJson.milestones(p.milestones()).toString();
    }

    Ipv6Plan toDomain() {
        return new Ipv6Plan(new Ipv6PlanId(id), UnitId.of(unitId), systemId == null ? null : new SystemId(systemId), title,
                GovernanceJson.readMilestones(GovernanceJson.parseArray(milestonesJson)));
    }

    Long id() {
        return id;
    }
}
