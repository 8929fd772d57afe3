package vn.gov.moh.soc.portal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitHierarchy;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitKind;

class AccessPolicyTest {
    private static final UnitId MOH = UnitId.of("byt");
    private static final UnitId HANOI = UnitId.of("syt-ha-noi");
    private static final UnitId XANH_PON = UnitId.of("bv-xanh-pon");
    private static final UnitId BACH_MAI = UnitId.of("bv-bach-mai");
    private final UnitHierarchy units = new UnitHierarchy(List.of(
            new Unit(MOH, "Bộ Y tế", UnitKind.MINISTRY, null),
            new Unit(HANOI, "Sở Y tế Hà Nội", UnitKind.PROVINCIAL_HEALTH_DEPARTMENT, MOH),
            new Unit(XANH_PON, "Xanh Pôn", UnitKind.PROVINCIAL_HOSPITAL, HANOI),
            new Unit(BACH_MAI, "Bạch Mai", UnitKind.CENTRAL_HOSPITAL, MOH)));

    private static Caller caller(String role, UnitId unit) {
        return new Caller("u", Set.of(role), unit);
    }

    @Test
    void anOfficerReadsAndChangesTheirSubtreeOnly() {
        Caller hanoi = caller(Caller.OFFICER, HANOI);
        assertThat(AccessPolicy.readableUnits(hanoi, units)).contains(Set.of(HANOI, XANH_PON));
        assertThat(AccessPolicy.canChange(hanoi, XANH_PON, units)).isTrue();
        assertThat(AccessPolicy.canChange(hanoi, BACH_MAI, units)).isFalse();
        assertThat(AccessPolicy.canRead(hanoi, MOH, units)).as("not the parent").isFalse();
    }

    @Test
    void anAuditorReadsAllAndChangesNothing() {
        Caller auditor = caller(Caller.AUDITOR, UnitId.of("byt-thanh-tra"));
        assertThat(AccessPolicy.readableUnits(auditor, units)).isEmpty();
        assertThat(AccessPolicy.canRead(auditor, XANH_PON, units)).isTrue();
        assertThat(AccessPolicy.canChange(auditor, XANH_PON, units)).isFalse();
    }

    @Test
    void anAdminDoesEverythingAndOthersNothing() {
        assertThat(AccessPolicy.canChange(caller(Caller.ADMIN, null), BACH_MAI, units)).isTrue();
        Caller analyst = caller(Caller.ANALYST, MOH);
        assertThat(AccessPolicy.readableUnits(analyst, units)).contains(Set.of());
        assertThat(AccessPolicy.canChange(analyst, MOH, units)).isFalse();
    }

    @Test
    void anOfficerWithoutAUnitClaimSeesNothing() {
        Caller noUnit = caller(Caller.OFFICER, null);
        assertThat(AccessPolicy.readableUnits(noUnit, units)).contains(Set.of());
        assertThat(AccessPolicy.canChange(noUnit, MOH, units)).isFalse();
    }

    @Test
    void socAnalystsReadEveryDrillAndOthersTheDrillsOfWhatTheyRead() {
        assertThat(AccessPolicy.drillReadableUnits(caller(Caller.ANALYST, MOH), units)).isEmpty();
        assertThat(AccessPolicy.drillReadableUnits(caller(Caller.OFFICER, HANOI), units)).contains(Set.of(HANOI, XANH_PON));
        assertThat(AccessPolicy.drillReadableUnits(caller(Caller.AUDITOR, MOH), units)).isEmpty();
        assertThat(AccessPolicy.canChange(caller(Caller.ANALYST, MOH), MOH, units)).as("reading drills changes nothing else").isFalse();
    }

    @Test
    void theTreeStartsAtTheSectorForReadersOfAllAndAtTheOwnUnitForAnOfficer() {
        assertThat(AccessPolicy.visibleRoots(caller(Caller.AUDITOR, null), units)).extracting(Unit::id).containsExactly(MOH);
        assertThat(AccessPolicy.visibleRoots(caller(Caller.OFFICER, HANOI), units)).extracting(Unit::id).containsExactly(HANOI);
        assertThat(AccessPolicy.visibleRoots(caller(Caller.OFFICER, UnitId.of("khong-co")), units)).as("unknown unit").isEmpty();
        assertThat(AccessPolicy.visibleRoots(caller(Caller.ANALYST, MOH), units)).isEmpty();
    }

    @Test
    void onlyAuditorsAndAdminsVerifyTheAuditTrail() {
        assertThat(AccessPolicy.canVerifyAudit(caller(Caller.AUDITOR, null))).isTrue();
        assertThat(AccessPolicy.canVerifyAudit(caller(Caller.ADMIN, null))).isTrue();
        assertThat(AccessPolicy.canVerifyAudit(caller(Caller.OFFICER, MOH))).isFalse();
        assertThat(AccessPolicy.canVerifyAudit(caller(Caller.ANALYST, MOH))).isFalse();
    }

    @Test
    void aCallerFromClaimsKeepsAWellFormedUnitAndDropsAMalformedOne() {
        Caller ok = Caller.fromClaims("officer.hanoi", Set.of(Caller.OFFICER), "syt-ha-noi");
        assertThat(ok.unit()).isEqualTo(HANOI);
        assertThat(ok.is(Caller.OFFICER)).isTrue();
        Caller bad = Caller.fromClaims("x", Set.of(Caller.OFFICER), "Sở Y tế/../*");
        assertThat(bad.unit()).isNull();
        assertThat(AccessPolicy.readableUnits(bad, units)).contains(Set.of());
        assertThat(Caller.fromClaims("y", null, null).roles()).isEmpty();
    }

    @Test
    void eventsAreReadByTheSocAuditorsAndAdminsInFullAndByOfficersForTheirSubtree() {
        assertThat(AccessPolicy.eventReadableUnits(caller(Caller.ANALYST, MOH), units)).isEmpty();
        assertThat(AccessPolicy.eventReadableUnits(caller(Caller.AUDITOR, MOH), units)).isEmpty();
        assertThat(AccessPolicy.eventReadableUnits(caller(Caller.ADMIN, null), units)).isEmpty();
        assertThat(AccessPolicy.eventReadableUnits(caller(Caller.OFFICER, HANOI), units)).contains(Set.of(HANOI, XANH_PON));
        assertThat(AccessPolicy.eventReadableUnits(caller(Caller.OFFICER, null), units)).as("no unit claim: nothing").contains(Set.of());
        assertThat(AccessPolicy.eventReadableUnits(caller("someone-else", MOH), units)).contains(Set.of());
    }

    @Test
    void analystsAndAdminsReadAndTriageEveryUnitsAlertsAuditorsReadThemOfficersReadTheirSubtrees() {
        for (String role : List.of(Caller.ANALYST, Caller.ADMIN)) {
            assertThat(AccessPolicy.alertReadableUnits(caller(role, MOH), units)).as(role).isEmpty();
            assertThat(AccessPolicy.canTriageAlerts(caller(role, MOH))).as(role).isTrue();
        }
        assertThat(AccessPolicy.alertReadableUnits(caller(Caller.AUDITOR, MOH), units)).isEmpty();
        assertThat(AccessPolicy.canTriageAlerts(caller(Caller.AUDITOR, MOH))).isFalse();
        assertThat(AccessPolicy.alertReadableUnits(caller(Caller.OFFICER, HANOI), units)).contains(Set.of(HANOI, XANH_PON));
        assertThat(AccessPolicy.canTriageAlerts(caller(Caller.OFFICER, HANOI))).isFalse();
        assertThat(AccessPolicy.alertReadableUnits(caller(Caller.OFFICER, null), units)).contains(Set.of());
        assertThat(AccessPolicy.alertReadableUnits(new Caller("u", Set.of(), MOH), units)).as("no console role").contains(Set.of());
    }

    @Test
    void drillRunsAreStartedByAnalystsAdminsAndTheUnitsOfficersNeverByAuditors() {
        assertThat(AccessPolicy.canRunDrill(caller(Caller.ANALYST, UnitId.of("byt-cntt")), BACH_MAI, units)).isTrue();
        assertThat(AccessPolicy.canRunDrill(caller(Caller.ADMIN, MOH), BACH_MAI, units)).isTrue();
        assertThat(AccessPolicy.canRunDrill(caller(Caller.OFFICER, HANOI), XANH_PON, units)).as("own subtree").isTrue();
        assertThat(AccessPolicy.canRunDrill(caller(Caller.OFFICER, HANOI), BACH_MAI, units)).isFalse();
        assertThat(AccessPolicy.canRunDrill(caller(Caller.AUDITOR, MOH), BACH_MAI, units)).isFalse();
    }
}
