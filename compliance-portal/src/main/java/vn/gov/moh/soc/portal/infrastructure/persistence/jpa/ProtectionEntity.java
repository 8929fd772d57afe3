package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.gov.moh.soc.portal.domain.model.protection.UnitProtection;
import vn.gov.moh.soc.portal.infrastructure.json.GovernanceJson;

/**
 * A unit's 4-layer declaration as one JSON document ({@link GovernanceJson#protection}): it is
 * read and written whole, and nothing searches inside it.
 */
@Entity
@Table(name = "unit_protection")
public class ProtectionEntity {
    @Id
    @Column(name = "unit_id")
    private String unitId;
    @Column(name = "document_json", nullable = false)
    private String documentJson;
    @Version
    private long version;

    void copyFrom(UnitProtection p) {
        unitId = p.unit().value();
        documentJson = GovernanceJson.protection(p).toString();
    }

    UnitProtection toDomain() {
        return GovernanceJson.readProtection(vn.gov.moh.soc.portal.infrastructure.json.SystemJson.parse(documentJson));
    }
}
