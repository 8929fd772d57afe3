package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.infrastructure.json.SystemJson;

/**
 * A system's row. The searchable attributes are columns; the classification profile and the
 * components are JSON documents in the form of {@link SystemJson}.
 */
@Entity
@Table(name = "information_system")
public class SystemEntity {
    @Id
    @SequenceGenerator(name = "system_seq", sequenceName = "system_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "system_seq")
    private Long id;
    @Column(nullable = false)
    private String name;
    @Column(name = "owner_unit", nullable = false)
    private String ownerUnit;
    private String operator;
    private String purpose;
    @Column(name = "profile_json", nullable = false)
    private String profileJson;
    @Column(name = "components_json", nullable = false)
    private String componentsJson;
    @Version
    private long version;

    void copyFrom(InformationSystem s) {
        name = s.name();
        ownerUnit = s.owner().value();
        operator = s.operator();
        purpose = s.purpose();
        profileJson = SystemJson.profile(s.profile()).toString();
        componentsJson = SystemJson.components(s.components()).toString();
    }

    InformationSystem toDomain() {
        return new InformationSystem(new SystemId(id), name, UnitId.of(ownerUnit), operator, purpose,
                SystemJson.readProfile(SystemJson.parse(profileJson)),
                SystemJson.readComponents(jakarta.json.Json.createReader(new java.io.StringReader(componentsJson)).readArray()));
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }
}
