package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import vn.gov.moh.soc.portal.domain.model.drill.DrillId;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRun;
import vn.gov.moh.soc.portal.domain.model.drill.run.DrillRunId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.infrastructure.json.DrillRunJson;
import vn.gov.moh.soc.portal.infrastructure.json.GovernanceJson;

/** A drill run's row; its steps are one JSON document. */
@Entity
@Table(name = "drill_run")
public class DrillRunEntity {
    @Id
    @SequenceGenerator(name = "drill_run_seq", sequenceName = "drill_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drill_run_seq")
    private Long id;
    @Column(name = "drill_id", nullable = false)
    private long drillId;
    @Column(name = "unit_id", nullable = false)
    private String unitId;
    @Column(name = "started_by", nullable = false)
    private String startedBy;
    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;
    @Column(name = "detection_wait_seconds", nullable = false)
    private long detectionWaitSeconds;
    @Column(name = "steps_json", nullable = false)
    private String stepsJson;
    @Column(name = "failure")
    private String failure;
    @Version
    private long version;

    void copyFrom(DrillRun r) {
        drillId = r.drill().value();
        unitId = r.unit().value();
        startedBy = r.startedBy();
        startedAt = IncidentEntity.at(r.startedAt());
        detectionWaitSeconds = r.detectionWait().toSeconds();
        stepsJson = DrillRunJson.steps(r.steps()).toString();
        failure = r.failure();
    }

    DrillRun toDomain() {
        return new DrillRun(new DrillRunId(id), new DrillId(drillId), UnitId.of(unitId), startedBy,
                IncidentEntity.instant(startedAt), Duration.ofSeconds(detectionWaitSeconds),
                DrillRunJson.readSteps(GovernanceJson.parseArray(stepsJson)), failure);
    }
}
