package vn.gov.moh.soc.portal.domain.model.level;

import vn.gov.moh.soc.core.asset.SecurityLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.moh.soc.core.asset.SecurityLevel.LEVEL_1;
import static vn.gov.moh.soc.core.asset.SecurityLevel.LEVEL_2;
import static vn.gov.moh.soc.core.asset.SecurityLevel.LEVEL_3;
import static vn.gov.moh.soc.core.asset.SecurityLevel.LEVEL_4;
import static vn.gov.moh.soc.core.asset.SecurityLevel.LEVEL_5;
import static vn.gov.moh.soc.portal.domain.model.system.InformationCategory.PERSONAL;
import static vn.gov.moh.soc.portal.domain.model.system.InformationCategory.PRIVATE;
import static vn.gov.moh.soc.portal.domain.model.system.InformationCategory.PUBLIC;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.moh.soc.portal.domain.model.system.Audience;
import vn.gov.moh.soc.portal.domain.model.system.ClassificationProfile;
import vn.gov.moh.soc.portal.domain.model.system.IndustrialControl;
import vn.gov.moh.soc.portal.domain.model.system.InformationCategory;
import vn.gov.moh.soc.portal.domain.model.system.InformationProcessed;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.InfrastructureRole;
import vn.gov.moh.soc.portal.domain.model.system.OnlinePublicService;
import vn.gov.moh.soc.portal.domain.model.system.StateSecretGrade;
import vn.gov.moh.soc.portal.domain.model.system.SystemComponent;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.system.SystemScope;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

class LevelRulesTest {
    private static final ClassificationProfile BASE = ClassificationProfile.internalPublic();
    private final LevelRules rules = new LevelRules();

    private static InformationProcessed info(long subjects, StateSecretGrade secret, InformationCategory... categories) {
        return new InformationProcessed(Set.of(categories), subjects, secret);
    }

    private static Arguments row(String article, ClassificationProfile profile, SecurityLevel level, String criterion) {
        return Arguments.of(article, profile, level, criterion);
    }

    /** Each row: the article and clause it exercises, the profile, the expected level and the deciding criterion. */
    static Stream<Arguments> table() {
        InformationProcessed privateInfo = info(0, StateSecretGrade.NONE, PRIVATE);
        InformationProcessed patients = info(250_000, StateSecretGrade.NONE, PERSONAL, PRIVATE);
        return Stream.of(
                row("Art. 7: internal, public information only", BASE, LEVEL_1, "L1-INTERNAL-PUBLIC"),
                row("Art. 8(1): internal, private information", BASE.withInformation(privateInfo), LEVEL_2, "L2-INTERNAL-PRIVATE"),
                row("Art. 8(1): internal, personal information of many people stays level 2",
                        BASE.withInformation(patients), LEVEL_2, "L2-INTERNAL-PRIVATE"),
                row("Art. 8(1): internal, public and personal information",
                        BASE.withInformation(info(50, StateSecretGrade.NONE, PUBLIC, PERSONAL)), LEVEL_2, "L2-INTERNAL-PRIVATE"),
                row("Art. 8(2)(a): citizen portal giving information only",
                        BASE.servingCitizens(OnlinePublicService.NONE, false), LEVEL_2, "L2-PUBLIC-SERVICE-UP-TO-2"),
                row("Art. 8(2)(a): online public service at level 1",
                        BASE.servingCitizens(OnlinePublicService.LEVEL_1, false), LEVEL_2, "L2-PUBLIC-SERVICE-UP-TO-2"),
                row("Art. 8(2)(a): online public service at level 2",
                        BASE.servingCitizens(OnlinePublicService.LEVEL_2, false), LEVEL_2, "L2-PUBLIC-SERVICE-UP-TO-2"),
                row("Art. 8(2)(b): online service outside the conditional business lines",
                        BASE.servingCitizens(OnlinePublicService.NONE, false), LEVEL_2, "L2-ONLINE-NON-CONDITIONAL"),
                row("Art. 8(2)(c): online service with personal information of 9,999 people",
                        BASE.servingCitizens(OnlinePublicService.NONE, false).withInformation(info(9_999, StateSecretGrade.NONE, PERSONAL)),
                        LEVEL_2, "L2-ONLINE-FEW-SUBJECTS"),
                row("Art. 8(3): infrastructure of one agency",
                        BASE.withInfrastructure(InfrastructureRole.ONE_AGENCY), LEVEL_2, "L2-INFRASTRUCTURE-ONE-AGENCY"),
                row("Art. 9(1): state secret 'Mật'",
                        BASE.withInformation(info(0, StateSecretGrade.CONFIDENTIAL, PRIVATE)), LEVEL_3, "L3-SECRET-MAT"),
                row("Art. 9(1): state secret 'Mật' with no other class declared",
                        BASE.withInformation(info(0, StateSecretGrade.CONFIDENTIAL)), LEVEL_3, "L3-SECRET-MAT"),
                row("Art. 9(2)(a): online public service at level 3",
                        BASE.servingCitizens(OnlinePublicService.LEVEL_3, false), LEVEL_3, "L3-PUBLIC-SERVICE-3-PLUS"),
                row("Art. 9(2)(a): online public service at level 4",
                        BASE.servingCitizens(OnlinePublicService.LEVEL_4, false), LEVEL_3, "L3-PUBLIC-SERVICE-3-PLUS"),
                row("Art. 9(2)(a) with Decree 42/2022: 'một phần' read as level 3",
                        BASE.servingCitizens(OnlinePublicService.PARTIAL, false), LEVEL_3, "L3-PUBLIC-SERVICE-3-PLUS"),
                row("Art. 9(2)(a) with Decree 42/2022: 'toàn trình' read as level 4",
                        BASE.servingCitizens(OnlinePublicService.FULL, false), LEVEL_3, "L3-PUBLIC-SERVICE-3-PLUS"),
                row("Art. 9(2)(b): online service in a conditional business line (pharmacy licensing)",
                        BASE.servingCitizens(OnlinePublicService.LEVEL_2, true), LEVEL_3, "L3-ONLINE-CONDITIONAL"),
                row("Art. 9(2)(c): personal information of exactly 10,000 people",
                        BASE.servingCitizens(OnlinePublicService.NONE, false).withInformation(info(10_000, StateSecretGrade.NONE, PERSONAL)),
                        LEVEL_3, "L3-ONLINE-MANY-SUBJECTS"),
                row("Art. 9(2)(c): patient booking portal with 250,000 people",
                        BASE.servingCitizens(OnlinePublicService.LEVEL_2, false).withInformation(patients), LEVEL_3, "L3-ONLINE-MANY-SUBJECTS"),
                row("Art. 9(3): infrastructure shared by a province",
                        BASE.withInfrastructure(InfrastructureRole.SHARED_SECTOR_OR_PROVINCE), LEVEL_3, "L3-INFRASTRUCTURE-SHARED"),
                row("Art. 9(3): sector-wide system (our reading)",
                        BASE.withScope(SystemScope.SECTOR_OR_PROVINCE), LEVEL_3, "L3-SECTOR-OR-PROVINCE-SYSTEM"),
                row("Art. 9(4): industrial control of a facility",
                        BASE.withIndustrialControl(IndustrialControl.FACILITY), LEVEL_3, "L3-INDUSTRIAL-CONTROL"),
                row("Art. 10(1): state secret 'Tối mật'",
                        BASE.withInformation(info(0, StateSecretGrade.SECRET, PRIVATE)), LEVEL_4, "L4-SECRET-TOI-MAT"),
                row("Art. 10(2): national database",
                        BASE.withScope(SystemScope.NATIONAL_DATABASE), LEVEL_4, "L4-NATIONAL-DATABASE"),
                row("Art. 10(3): infrastructure shared nationwide",
                        BASE.withInfrastructure(InfrastructureRole.SHARED_NATIONAL), LEVEL_4, "L4-INFRASTRUCTURE-NATIONAL"),
                row("Art. 10(4): industrial control of an important facility",
                        BASE.withIndustrialControl(IndustrialControl.MAJOR_FACILITY), LEVEL_4, "L4-INDUSTRIAL-CONTROL-MAJOR"),
                row("Art. 10(2) over Art. 9(2)(c): national database serving citizens with many subjects",
                        BASE.servingCitizens(OnlinePublicService.FULL, false).withInformation(patients)
                                .withScope(SystemScope.NATIONAL_DATABASE), LEVEL_4, "L4-NATIONAL-DATABASE"),
                row("Art. 11(1): state secret 'Tuyệt mật'",
                        BASE.withInformation(info(0, StateSecretGrade.TOP_SECRET, PRIVATE)), LEVEL_5, "L5-SECRET-TUYET-MAT"),
                row("Art. 11(2): listed as important to national security",
                        BASE.withNationallyCritical(true), LEVEL_5, "L5-NATIONALLY-CRITICAL"),
                row("Art. 11(3): industrial control of a facility important to national security",
                        BASE.withIndustrialControl(IndustrialControl.NATIONAL_SECURITY_FACILITY), LEVEL_5, "L5-INDUSTRIAL-CONTROL-SECURITY"),
                row("Art. 11(1) over Art. 10(2): 'Tuyệt mật' in a national database",
                        BASE.withScope(SystemScope.NATIONAL_DATABASE).withInformation(info(0, StateSecretGrade.TOP_SECRET, PRIVATE)),
                        LEVEL_5, "L5-SECRET-TUYET-MAT"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void proposesTheLevelOfTheHighestMatchingCriterion(String article, ClassificationProfile profile, SecurityLevel expected,
                                                         String criterion) {
        LevelDetermination result = rules.determine(system(profile));

        assertThat(result.level()).as(article).isEqualTo(expected);
        assertThat(result.reasons()).extracting(r -> r.criterion().id()).as(article).contains(criterion);
        assertThat(result.reasons()).allSatisfy(r -> assertThat(r.level()).isEqualTo(expected));
        assertThat(result.alsoMatched()).allSatisfy(r -> assertThat(r.level()).isLessThan(expected));
        String ref = Decree85Criteria.byId(criterion).orElseThrow().reference().toString();
        assertThat(article).as("the case names the clause of its criterion, " + ref)
                .startsWith(ref.replace("Decree 85/2016/ND-CP ", ""));
    }

    @Test
    void art5_aSystemTakesTheHighestLevelOfItsComponents() {
        ClassificationProfile booking = BASE.servingCitizens(OnlinePublicService.FULL, false);
        InformationSystem his = new InformationSystem(null, "HIS", UnitId.of("bv-bach-mai"), "Phòng CNTT", "Hospital information",
                BASE.withInformation(info(0, StateSecretGrade.NONE, PRIVATE)),
                List.of(new SystemComponent("EMR", List.of("emr.bachmai.vn"), List.of(), null),
                        new SystemComponent("Booking", List.of("datlich.bachmai.vn"), List.of(), booking)));

        LevelDetermination result = rules.determine(his);

        assertThat(result.level()).isEqualTo(LEVEL_3);
        assertThat(result.reasons()).singleElement().satisfies(r -> {
            assertThat(r.component()).isEqualTo("Booking");
            assertThat(r.explanation()).contains("Art. 9(2)(a)", "Booking", "Art. 5", "[unconfirmed]");
        });
        assertThat(result.alsoMatched()).extracting(r -> r.criterion().id()).contains("L2-INTERNAL-PRIVATE");
    }

    @Test
    void art5_componentsWithoutAProfileShareTheSystemsLevel() {
        InformationSystem system = new InformationSystem(null, "Website", UnitId.of("byt-cntt"), "", "",
                BASE, List.of(new SystemComponent("web", List.of("moh.gov.vn"), List.of(), null)));

        assertThat(rules.determine(system).level()).isEqualTo(LEVEL_1);
    }

    @Test
    void everyValidProfileMatchesAtLeastOneCriterion() {
        List<ClassificationProfile> profiles = new ArrayList<>();
        for (Audience audience : Audience.values()) {
            for (OnlinePublicService service : OnlinePublicService.values()) {
                if (audience == Audience.INTERNAL && service != OnlinePublicService.NONE) {
                    continue;
                }
                for (Set<InformationCategory> categories : List.of(Set.of(PUBLIC), Set.of(PRIVATE), Set.of(PERSONAL), Set.of(PUBLIC, PERSONAL))) {
                    for (StateSecretGrade secret : StateSecretGrade.values()) {
                        long subjects = categories.contains(PERSONAL) ? 20_000 : 0;
                        profiles.add(new ClassificationProfile(new InformationProcessed(categories, subjects, secret), audience,
                                service, false, SystemScope.SINGLE_UNIT, InfrastructureRole.NONE, IndustrialControl.NONE, false));
                    }
                }
            }
        }
        for (ClassificationProfile p : profiles) {
            assertThat(rules.determine(system(p)).reasons()).as(p.toString()).isNotEmpty();
        }
    }

    @Test
    void theTableHasStableUniqueIdsAndEveryRowSaysWhatItChecks() {
        Set<String> ids = new HashSet<>();
        for (Criterion c : Decree85Criteria.TABLE) {
            assertThat(ids.add(c.id())).as("duplicate id " + c.id()).isTrue();
            assertThat(c.id()).startsWith("L" + c.level().number() + "-");
            assertThat(c.condition()).isNotBlank();
            assertThat(c.reference().article()).isBetween(7, 11);
            assertThat(c.reference().article() - 6).as(c.id() + ": Arts. 7-11 give levels 1-5").isEqualTo(c.level().number());
            if (c.reference().article() <= 8) {
                assertThat(c.confirmation()).as(c.id() + " (LEGAL.md: Arts. 7-8 confirmed)").isEqualTo(Confirmation.CONFIRMED);
            } else {
                assertThat(c.confirmation()).as(c.id() + " (LEGAL.md: Arts. 9-11 unconfirmed)").isEqualTo(Confirmation.UNCONFIRMED);
            }
        }
    }

    @Test
    void anOfficerMayProposeAnotherLevelOnlyWithAJustification() {
        LevelDetermination computed = rules.determine(system(BASE.withInformation(info(300_000, StateSecretGrade.NONE, PERSONAL))));
        assertThat(computed.level()).isEqualTo(LEVEL_2);

        LevelProposal higher = new LevelProposal(new SystemId(7), computed, LEVEL_3,
                "  The EMR holds 300,000 patients' records; we follow the sector's guidance for HIS.  ", "officer.bachmai", Instant.EPOCH);
        assertThat(higher.departsFromComputed()).isTrue();
        assertThat(higher.justification()).startsWith("The EMR").endsWith("HIS.");
        assertThat(higher.computed().level()).isEqualTo(LEVEL_2);

        assertThatThrownBy(() -> new LevelProposal(new SystemId(7), computed, LEVEL_3, "because", "officer.bachmai", Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("justification");
        assertThatThrownBy(() -> new LevelProposal(new SystemId(7), computed, LEVEL_1, null, "officer.bachmai", Instant.EPOCH))
                .hasMessageContaining("Cấp độ 1").hasMessageContaining("Cấp độ 2");

        LevelProposal same = new LevelProposal(new SystemId(7), computed, null, null, "officer.bachmai", Instant.EPOCH);
        assertThat(same.proposed()).isEqualTo(LEVEL_2);
        assertThat(same.departsFromComputed()).isFalse();
    }

    private static InformationSystem system(ClassificationProfile profile) {
        return new InformationSystem(null, "S", UnitId.of("bv-bach-mai"), "", "", profile, List.of());
    }
}
