package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A row of {@code pipeline_rule} (migration V30). */
@Entity
@Table(name = "pipeline_rule")
public class PublishedRuleEntity {
    @Id
    @Column(name = "rule_id")
    String ruleId;
    @Column(nullable = false)
    String title;
    @Column(name = "rule_level")
    String ruleLevel;
    @Column(nullable = false)
    String kind;
    @Column(nullable = false)
    String yaml;
    @Column(nullable = false)
    boolean enabled;
    @Column(name = "updated_by", nullable = false)
    String updatedBy;
    @Column(name = "updated_at", nullable = false)
    String updatedAt;
    @Version
    long version;

    /** Changes go through here: EclipseLink's woven change tracking sees only the entity's own writes. */
    void set(String title, String ruleLevel, String kind, String yaml, boolean enabled, String updatedBy, String updatedAt) {
        this.title = title;
        this.ruleLevel = ruleLevel;
        this.kind = kind;
        this.yaml = yaml;
        this.enabled = enabled;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }
}
