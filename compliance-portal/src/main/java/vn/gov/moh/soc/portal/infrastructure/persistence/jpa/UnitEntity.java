package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitKind;

@Entity
@Table(name = "unit")
public class UnitEntity {
    @Id
    private String id;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String kind;
    @Column(name = "parent_id")
    private String parentId;

    Unit toDomain() {
        return new Unit(UnitId.of(id), name, UnitKind.valueOf(kind), parentId == null ? null : UnitId.of(parentId));
    }
}
