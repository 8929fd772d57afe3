package vn.gov.moh.soc.portal.application.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.domain.model.alert.AlertDetail;
import vn.gov.moh.soc.portal.domain.model.alert.AlertFilter;
import vn.gov.moh.soc.portal.domain.model.alert.AlertGroupPage;
import vn.gov.moh.soc.portal.domain.model.alert.AlertPage;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSort;
import vn.gov.moh.soc.portal.domain.model.alert.AlertSummary;
import vn.gov.moh.soc.portal.domain.model.alert.AlertsEscalated;
import vn.gov.moh.soc.portal.domain.model.alert.TriageStatus;
import vn.gov.moh.soc.portal.domain.model.audit.AuditRecord;
import vn.gov.moh.soc.portal.domain.model.audit.AuditTrail;
import vn.gov.moh.soc.portal.domain.model.audit.ChainVerification;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitKind;

/** The queue's use cases over in-memory stand-ins of Elasticsearch and the audit trail. */
class AlertQueueServiceTest {
    private static final Caller ANALYST = new Caller("analyst", Set.of(Caller.ANALYST), UnitId.of("byt-cntt"));
    private static final Caller AUDITOR = new Caller("auditor", Set.of(Caller.AUDITOR), UnitId.of("byt-thanh-tra"));
    private static final Caller HA_NOI = new Caller("officer.hanoi", Set.of(Caller.OFFICER), UnitId.of("syt-ha-noi"));
    private static final Caller NOBODY = new Caller("someone", Set.of(), null);

    /** The alerts "in Elasticsearch", by id, with their status; what the service asked for. */
    private final Map<String, AlertSummary> alerts = new LinkedHashMap<>();
    private final List<Set<String>> scopes = new ArrayList<>();
    private final List<AlertQueue.StatusChange> writes = new ArrayList<>();
    private final Map<String, String> refuse = new HashMap<>();
    private final List<String> audited = new ArrayList<>();
    private AlertQueueService service;

    private static AlertSummary alert(String id, String unit, String status) {
        return new AlertSummary(id, Instant.parse("2026-12-01T00:00:00Z"), "r", "Rule", "high", "P2", status, List.of("h"),
                List.of(), List.of(), List.of(), List.of(unit), List.of(), List.of(), 3, List.of(), List.of(), null, 1, List.of());
    }

    @BeforeEach
    void setUp() {
        alerts.put("a1", alert("a1", "bv-bach-mai", "open"));
        alerts.put("a2", alert("a2", "bv-xanh-pon", "open"));
        alerts.put("a3", alert("a3", "bv-xanh-pon", "acknowledged"));
        service = new AlertQueueService();
        service.units = () -> List.of(new Unit(UnitId.of("byt"), "Bộ Y tế", UnitKind.MINISTRY, null),
                new Unit(UnitId.of("syt-ha-noi"), "Sở Y tế Hà Nội", UnitKind.PROVINCIAL_HEALTH_DEPARTMENT, UnitId.of("byt")),
                new Unit(UnitId.of("bv-xanh-pon"), "Xanh Pôn", UnitKind.PROVINCIAL_HOSPITAL, UnitId.of("syt-ha-noi")),
                new Unit(UnitId.of("bv-bach-mai"), "Bạch Mai", UnitKind.CENTRAL_HOSPITAL, UnitId.of("byt")));
        service.directory = ids -> ids.stream().filter(alerts::containsKey).map(alerts::get).toList();
        service.audit = new AuditTrail() {
            @Override
            public AuditRecord append(String actor, String action, String entityType, String entityId, String before, String after) {
                audited.add(actor + " " + action + " " + entityId + " " + before + " -> " + after);
                return null;
            }

            @Override
            public ChainVerification verify() {
                throw new UnsupportedOperationException();
            }
        };
        service.queue = new AlertQueue() {
            @Override
            public AlertPage page(AlertFilter filter, Set<String> unitScope, AlertSort sort, boolean descending, int size, String after) {
                scopes.add(unitScope);
                return new AlertPage(List.of(), 0, false, null);
            }

            @Override
            public AlertGroupPage groups(AlertFilter filter, Set<String> unitScope, int size, String after) {
                scopes.add(unitScope);
                return new AlertGroupPage(List.of(), null);
            }

            @Override
            public long count(AlertFilter filter, Set<String> unitScope) {
                scopes.add(unitScope);
                return 0;
            }

            @Override
            public List<String> groupIds(AlertFilter filter, Set<String> unitScope, GroupRef group, int max) {
                return List.of("a2", "a3");
            }

            @Override
            public Optional<AlertDetail> detail(String id) {
                return Optional.ofNullable(alerts.get(id)).map(a -> new AlertDetail(a, AlertDetail.Triage.NONE, "{}"));
            }

            @Override
            public Map<String, String> writeStatus(Collection<String> ids, StatusChange change) {
                writes.add(change);
                Map<String, String> failed = new HashMap<>();
                for (String id : ids) {
                    if (refuse.containsKey(id)) {
                        failed.put(id, refuse.get(id));
                    } else {
                        AlertSummary a = alerts.get(id);
                        alerts.put(id, alert(id, a.unitIds().get(0), change.status().documentValue()));
                    }
                }
                return failed;
            }
        };
    }

    @Test
    void anOfficersQueriesCarryTheirSubtreeAndEveryoneElsesCarryNoneOrEverything() {
        service.list(HA_NOI, AlertFilter.ANY, AlertSort.TIME, true, 10, null);
        service.groups(ANALYST, AlertFilter.ANY, 10, null);
        service.countSince(AUDITOR, AlertFilter.ANY, Instant.EPOCH);
        service.list(NOBODY, AlertFilter.ANY, AlertSort.TIME, true, 10, null);

        assertThat(scopes.get(0)).containsExactlyInAnyOrder("syt-ha-noi", "bv-xanh-pon");
        assertThat(scopes.get(1)).as("analysts: every unit").isNull();
        assertThat(scopes.get(2)).as("auditors read all").isNull();
        assertThat(scopes.get(3)).as("no console role: nothing").isEmpty();
    }

    @Test
    void anOfficerReadsAnAlertOfTheirSubtreeOnly() {
        assertThat(service.read(HA_NOI, "a2").summary().id()).isEqualTo("a2");
        assertThatThrownBy(() -> service.read(HA_NOI, "a1")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAnalystsAndAdminsTriage() {
        TriageRequest ack = new TriageRequest(List.of("a1"), null, null, TriageStatus.ACKNOWLEDGED, null);

        assertThatThrownBy(() -> service.triage(AUDITOR, ack)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.triage(HA_NOI, ack)).isInstanceOf(AccessDeniedException.class);
        assertThat(writes).isEmpty();
        assertThat(audited).isEmpty();
    }

    @Test
    void eachAlertChangedIsAuditedWithItsStatusBeforeAndAfterAndUnchangedOnesAreLeftAlone() {
        TriageResult r = service.triage(ANALYST, new TriageRequest(List.of("a1", "a3", "a1"), null, null, TriageStatus.ACKNOWLEDGED, " seen "));

        assertThat(r.changed()).containsExactly("a1");
        assertThat(r.unchanged()).containsExactly("a3");
        assertThat(writes).singleElement().satisfies(w -> {
            assertThat(w.by()).isEqualTo("analyst");
            assertThat(w.reason()).isEqualTo("seen");
            assertThat(w.status()).isEqualTo(TriageStatus.ACKNOWLEDGED);
        });
        assertThat(audited).singleElement().asString().startsWith("analyst alert.triage a1 {\"status\":\"open\"} -> {\"status\":\"acknowledged\"")
                .contains("\"reason\":\"seen\"");
    }

    @Test
    void anAlertElasticsearchDidNotTakeIsReportedAndNotAudited() {
        refuse.put("a2", "document_missing_exception: gone");

        TriageResult r = service.triage(ANALYST, new TriageRequest(List.of("a1", "a2"), null, null, TriageStatus.ACKNOWLEDGED, null));

        assertThat(r.changed()).containsExactly("a1");
        assertThat(r.failed()).containsOnlyKeys("a2");
        assertThat(audited).hasSize(1);
    }

    @Test
    void closingNeedsAReasonEscalatingNeedsAnIncidentAndUnknownIdsAreNamed() {
        assertThatThrownBy(() -> service.triage(ANALYST, new TriageRequest(List.of("a1"), null, null, TriageStatus.CLOSED_BENIGN, " ")))
                .isInstanceOf(InvalidFieldException.class).extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("reason");
        assertThatThrownBy(() -> service.triage(ANALYST, new TriageRequest(List.of("a1"), null, null, TriageStatus.ESCALATED, null)))
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("status");
        assertThatThrownBy(() -> service.triage(ANALYST, new TriageRequest(List.of("a1", "zz"), null, null, TriageStatus.ACKNOWLEDGED, null)))
                .hasMessageContaining("zz").extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("ids");
        assertThatThrownBy(() -> service.triage(ANALYST, new TriageRequest(List.of(), null, null, TriageStatus.ACKNOWLEDGED, null)))
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("ids");
        assertThat(writes).isEmpty();
        assertThat(audited).isEmpty();
    }

    @Test
    void aGroupIsTriagedThroughTheIdsItsFilterFinds() {
        TriageResult r = service.triage(ANALYST, new TriageRequest(List.of(), new AlertQueue.GroupRef("r", "h", true), AlertFilter.ANY,
                TriageStatus.CLOSED_DUPLICATE, "same as INC-1"));

        assertThat(r.changed()).containsExactly("a2", "a3");
        assertThat(alerts.get("a3").status()).isEqualTo("duplicate");
    }

    @Test
    void anEscalationMarksTheAlertsWithTheIncidentAndWhoEscalated() {
        Instant at = Instant.parse("2026-12-01T08:00:00Z");

        service.escalated(new AlertsEscalated(List.of("a1", "a2"), 42, "INC-2026-0042", "analyst", at));

        assertThat(writes).singleElement().satisfies(w -> {
            assertThat(w.status()).isEqualTo(TriageStatus.ESCALATED);
            assertThat(w.incidentReference()).isEqualTo("INC-2026-0042");
            assertThat(w.by()).isEqualTo("analyst");
            assertThat(w.at()).isEqualTo(at);
        });
        assertThat(alerts.get("a2").status()).isEqualTo("escalated");
    }
}
