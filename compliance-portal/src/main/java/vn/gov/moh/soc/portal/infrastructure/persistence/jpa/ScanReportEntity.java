package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.vulnerability.Finding;
import vn.gov.moh.soc.portal.domain.model.vulnerability.ScanReport;
import vn.gov.moh.soc.portal.domain.model.vulnerability.ScanReportRepository.ScanSummary;
import vn.gov.moh.soc.portal.domain.model.vulnerability.Severity;

/** An uploaded scan report with its findings (loaded only when the report itself is asked for). Never updated. */
@Entity
@Table(name = "scan_report")
public class ScanReportEntity {
    @Id
    @SequenceGenerator(name = "scan_report_seq", sequenceName = "scan_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scan_report_seq")
    private Long id;
    @Column(name = "system_id", nullable = false)
    private long systemId;
    @Column(nullable = false)
    private String tool;
    private String project;
    @Column(name = "scanned_at", nullable = false)
    private String scannedAt;
    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private String uploadedAt;
    @Column(nullable = false)
    private String sha256;
    @Column(name = "dependency_count", nullable = false)
    private int dependencyCount;
    @Column(name = "finding_count", nullable = false)
    private int findingCount;
    @Column(name = "critical_count", nullable = false)
    private int criticalCount;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "scan_finding", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<FindingColumns> findings = new ArrayList<>();

    /** One finding's columns. */
    @Embeddable
    public static class FindingColumns {
        @Column(nullable = false)
        private String vulnerability;
        @Column(nullable = false)
        private String severity;
        @Column(name = "cvss_score")
        private Double cvssScore;
        @Column(nullable = false)
        private String dependency;
        @Column(name = "package_id")
        private String packageId;
        @Column(nullable = false)
        private String description;

        static FindingColumns of(Finding f) {
            FindingColumns c = new FindingColumns();
            c.vulnerability = f.vulnerability();
            c.severity = f.severity().name();
            c.cvssScore = f.cvssScore();
            c.dependency = f.dependency();
            c.packageId = f.packageId();
            c.description = f.description();
            return c;
        }

        Finding toDomain() {
            return new Finding(vulnerability, Severity.valueOf(severity), cvssScore, dependency, packageId, description);
        }
    }

    static ScanReportEntity of(ScanReport r) {
        ScanReportEntity e = new ScanReportEntity();
        e.systemId = r.system().value();
        e.tool = r.tool();
        e.project = r.project();
        e.scannedAt = r.scannedAt().toString();
        e.uploadedBy = r.uploadedBy();
        e.uploadedAt = r.uploadedAt().toString();
        e.sha256 = r.sha256();
        e.dependencyCount = r.dependencies();
        e.findingCount = r.findings().size();
        e.criticalCount = r.critical();
        r.findings().forEach(f -> e.findings.add(FindingColumns.of(f)));
        return e;
    }

    ScanReport toDomain() {
        return new ScanReport(id, new SystemId(systemId), tool, project, Instant.parse(scannedAt), uploadedBy,
                Instant.parse(uploadedAt), sha256, dependencyCount, findings.stream().map(FindingColumns::toDomain).toList());
    }

    ScanSummary summary() {
        return new ScanSummary(id, tool, project, Instant.parse(scannedAt), uploadedBy, Instant.parse(uploadedAt), sha256,
                dependencyCount, findingCount, criticalCount);
    }

    long id() {
        return id;
    }

    long systemId() {
        return systemId;
    }

    int criticalCount() {
        return criticalCount;
    }
}
