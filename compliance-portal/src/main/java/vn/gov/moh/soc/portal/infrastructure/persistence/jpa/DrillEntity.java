package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gov.moh.soc.portal.domain.model.drill.Drill;
import vn.gov.moh.soc.portal.domain.model.drill.DrillId;
import vn.gov.moh.soc.portal.domain.model.drill.DrillScope;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.infrastructure.json.GovernanceJson;
import vn.gov.moh.soc.portal.infrastructure.json.SystemJson;

/**
 * A drill's row. The participants are a table of their own, because who may read a drill is
 * decided by them; scenarios and the execution record are JSON documents.
 */
@Entity
@Table(name = "drill")
public class DrillEntity {
    @Id
    @SequenceGenerator(name = "drill_seq", sequenceName = "drill_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drill_seq")
    private Long id;
    @Column(name = "plan_year", nullable = false)
    private int year;
    @Column(name = "organizer_unit", nullable = false)
    private String organizerUnit;
    @Column(nullable = false)
    private String scope;
    @Column(nullable = false)
    private String title;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "drill_participant", joinColumns = @JoinColumn(name = "drill_id"))
    @Column(name = "unit_id")
    private Set<String> participants = new HashSet<>();
    @Column(name = "planned_start", nullable = false)
    private LocalDate plannedStart;
    @Column(name = "planned_end", nullable = false)
    private LocalDate plannedEnd;
    @Column(name = "scenarios_json", nullable = false)
    private String scenariosJson;
    @Column(name = "execution_json")
    private String executionJson;
    @Version
    private long version;

    void copyFrom(Drill d) {
        year = d.year();
        organizerUnit = d.organizer().value();
        scope = d.scope().name();
        title = d.title();
        participants.clear();
        participants.addAll(GovernanceJson.unitIds(d.participants()));
        plannedStart = d.plannedStart();
        plannedEnd = d.plannedEnd();
        scenariosJson = GovernanceJson.scenarios(d.scenarios()).toString();
        executionJson = d.held().map(e -> GovernanceJson.execution(e).toString()).orElse(null);
    }

    Drill toDomain() {
        return new Drill(new DrillId(id), year, UnitId.of(organizerUnit), DrillScope.valueOf(scope), title,
                GovernanceJson.readScenarios(GovernanceJson.parseArray(scenariosJson)),
                participants.stream().map(UnitId::of).collect(Collectors.toSet()), plannedStart, plannedEnd,
                executionJson == null ? null : GovernanceJson.readExecution(SystemJson.parse(executionJson)));
    }

    Long id() {
        return id;
    }
}
