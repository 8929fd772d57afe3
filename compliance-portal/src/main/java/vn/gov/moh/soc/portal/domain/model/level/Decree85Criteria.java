package vn.gov.moh.soc.portal.domain.model.level;

import static vn.gov.moh.soc.portal.domain.model.level.Confirmation.CONFIRMED;
import static vn.gov.moh.soc.portal.domain.model.level.Confirmation.UNCONFIRMED;
import static vn.gov.moh.soc.portal.domain.model.level.LegalReference.article;
import static vn.gov.moh.soc.portal.domain.model.level.LegalReference.clause;
import static vn.gov.moh.soc.portal.domain.model.level.LegalReference.point;
import static vn.gov.moh.soc.core.asset.SecurityLevel.LEVEL_1;
import static vn.gov.moh.soc.core.asset.SecurityLevel.LEVEL_2;
import static vn.gov.moh.soc.core.asset.SecurityLevel.LEVEL_3;
import static vn.gov.moh.soc.core.asset.SecurityLevel.LEVEL_4;
import static vn.gov.moh.soc.core.asset.SecurityLevel.LEVEL_5;

import java.util.List;
import java.util.Optional;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.domain.model.system.Audience;
import vn.gov.moh.soc.portal.domain.model.system.ClassificationProfile;
import vn.gov.moh.soc.portal.domain.model.system.IndustrialControl;
import vn.gov.moh.soc.portal.domain.model.system.InformationCategory;
import vn.gov.moh.soc.portal.domain.model.system.InfrastructureRole;
import vn.gov.moh.soc.portal.domain.model.system.StateSecretGrade;
import vn.gov.moh.soc.portal.domain.model.system.SystemScope;

/**
 * The criteria of Decree 85/2016/ND-CP, Arts. 7–11, as a table for a lawyer to review.
 *
 * <p>Each row: the article, clause and point; the level; whether the text was confirmed in a
 * public copy (see ../shared/LEGAL.md: Arts. 7–8 confirmed, Arts. 9–11 our reading, to be
 * checked); the condition in our own words; a note where the law is ambiguous or where we chose.
 * A system takes the highest level among the rows it matches; a system made of components takes
 * the highest level of its components ({@link #COMPONENTS_RULE}, Art. 5).
 *
 * <p>Clause and point numbers of Arts. 9–11 are as we read them and are part of what is
 * unconfirmed.
 */
public final class Decree85Criteria {
    /** Art. 5: a system of several component systems takes the highest of their levels (confirmed). */
    public static final LegalReference COMPONENTS_RULE = article(5);

    /** The 10,000-person threshold of Arts. 8(2)(c) and 9(2)(c). */
    public static final long PERSONAL_DATA_THRESHOLD = 10_000;

    public static final List<Criterion> TABLE = List.of(
            // ---- Level 1 (Art. 7) ----
            new Criterion("L1-INTERNAL-PUBLIC", article(7), LEVEL_1, CONFIRMED,
                    "Serves the owner's internal operation and processes only public information.",
                    "", p -> p.audience() == Audience.INTERNAL && p.information().onlyPublic()),

            // ---- Level 2 (Art. 8) ----
            new Criterion("L2-INTERNAL-PRIVATE", clause(8, 1), LEVEL_2, CONFIRMED,
                    "Serves the owner's internal operation and processes private or personal information, but no state secret.",
                    "The decree sets no data-subject threshold for internal systems: a hospital information system holding"
                            + " records of many patients still reads as level 2 here; the officer may propose level 3 with a"
                            + " justification.",
                    p -> p.audience() == Audience.INTERNAL && p.information().privateOrPersonal()
                            && p.information().stateSecret() == StateSecretGrade.NONE),
            new Criterion("L2-PUBLIC-SERVICE-UP-TO-2", point(8, 2, "a"), LEVEL_2, CONFIRMED,
                    "Serves citizens or businesses by providing information, or online public services at level 2 or below.",
                    "Decree 42/2022/ND-CP replaced levels 1-4 with 'toàn trình' / 'một phần'; both are read as level 3 or"
                            + " above (see OnlinePublicService), so this row only takes old-scheme levels 1-2 or no service.",
                    p -> p.audience() == Audience.CITIZENS_AND_BUSINESSES && p.onlineService().comparableLegacyLevel() <= 2),
            new Criterion("L2-ONLINE-NON-CONDITIONAL", point(8, 2, "b"), LEVEL_2, CONFIRMED,
                    "Serves citizens or businesses with online services outside the conditional business lines.",
                    "", p -> p.audience() == Audience.CITIZENS_AND_BUSINESSES && !p.conditionalBusinessService()),
            new Criterion("L2-ONLINE-FEW-SUBJECTS", point(8, 2, "c"), LEVEL_2, CONFIRMED,
                    "Serves citizens or businesses with other online services processing private or personal information of"
                            + " fewer than 10,000 people.",
                    "The decree counts users (người sử dụng); we count the data subjects the system holds, which is never"
                            + " fewer. Private information without a count of people is taken as below the threshold.",
                    p -> p.audience() == Audience.CITIZENS_AND_BUSINESSES && p.information().privateOrPersonal()
                            && p.information().personalDataSubjects() < PERSONAL_DATA_THRESHOLD),
            new Criterion("L2-INFRASTRUCTURE-ONE-AGENCY", clause(8, 3), LEVEL_2, CONFIRMED,
                    "Is information infrastructure serving the operation of one agency or organization.",
                    "", p -> p.infrastructure() == InfrastructureRole.ONE_AGENCY),

            // ---- Level 3 (Art. 9) ----
            new Criterion("L3-SECRET-MAT", clause(9, 1), LEVEL_3, UNCONFIRMED,
                    "Processes state secrets graded 'Mật'.",
                    "", p -> p.information().stateSecret() == StateSecretGrade.CONFIDENTIAL),
            new Criterion("L3-PUBLIC-SERVICE-3-PLUS", point(9, 2, "a"), LEVEL_3, UNCONFIRMED,
                    "Serves citizens or businesses with online public services at level 3 or above.",
                    "Mapping of Decree 42/2022/ND-CP: 'một phần' is read as level 3 and 'toàn trình' as level 4. A 'một phần'"
                            + " service whose only online step is filling a form would have been level 2; the owner should then"
                            + " declare LEVEL_2.",
                    p -> p.audience() == Audience.CITIZENS_AND_BUSINESSES && p.onlineService().comparableLegacyLevel() >= 3),
            new Criterion("L3-ONLINE-CONDITIONAL", point(9, 2, "b"), LEVEL_3, UNCONFIRMED,
                    "Serves citizens or businesses with online services in a conditional business line.",
                    "", p -> p.audience() == Audience.CITIZENS_AND_BUSINESSES && p.conditionalBusinessService()),
            new Criterion("L3-ONLINE-MANY-SUBJECTS", point(9, 2, "c"), LEVEL_3, UNCONFIRMED,
                    "Serves citizens or businesses and processes personal information of 10,000 people or more.",
                    "Users versus data subjects: see L2-ONLINE-FEW-SUBJECTS.",
                    p -> p.audience() == Audience.CITIZENS_AND_BUSINESSES
                            && p.information().categories().contains(InformationCategory.PERSONAL)
                            && p.information().personalDataSubjects() >= PERSONAL_DATA_THRESHOLD),
            new Criterion("L3-INFRASTRUCTURE-SHARED", clause(9, 3), LEVEL_3, UNCONFIRMED,
                    "Is information infrastructure shared by the agencies of a sector or of a province.",
                    "", p -> p.infrastructure() == InfrastructureRole.SHARED_SECTOR_OR_PROVINCE),
            new Criterion("L3-SECTOR-OR-PROVINCE-SYSTEM", clause(9, 3), LEVEL_3, UNCONFIRMED,
                    "Is a system shared by a whole sector or province (its data reach beyond one unit).",
                    "Ambiguous: the decree names shared infrastructure; whether a sector-wide application that is not"
                            + " infrastructure belongs here is our reading, chosen so that such systems are not under-classed.",
                    p -> p.scope() == SystemScope.SECTOR_OR_PROVINCE),
            new Criterion("L3-INDUSTRIAL-CONTROL", clause(9, 4), LEVEL_3, UNCONFIRMED,
                    "Directly controls the operation of a facility (industrial control system).",
                    "Which facilities the decree means at this level is not confirmed; medical gas or building management"
                            + " of a hospital are read as ordinary facilities.",
                    p -> p.industrialControl() == IndustrialControl.FACILITY),

            // ---- Level 4 (Art. 10) ----
            new Criterion("L4-SECRET-TOI-MAT", clause(10, 1), LEVEL_4, UNCONFIRMED,
                    "Processes state secrets graded 'Tối mật'.",
                    "", p -> p.information().stateSecret() == StateSecretGrade.SECRET),
            new Criterion("L4-NATIONAL-DATABASE", clause(10, 2), LEVEL_4, UNCONFIRMED,
                    "Is a national database (cơ sở dữ liệu quốc gia) or a national system for e-government.",
                    "Whether the health sector's national databases (e.g. the national health insurance data) are named in"
                            + " the list that the decree refers to is to be checked case by case.",
                    p -> p.scope() == SystemScope.NATIONAL_DATABASE),
            new Criterion("L4-INFRASTRUCTURE-NATIONAL", clause(10, 3), LEVEL_4, UNCONFIRMED,
                    "Is information infrastructure shared by agencies nationwide.",
                    "", p -> p.infrastructure() == InfrastructureRole.SHARED_NATIONAL),
            new Criterion("L4-INDUSTRIAL-CONTROL-MAJOR", clause(10, 4), LEVEL_4, UNCONFIRMED,
                    "Directly controls the operation of an important facility of a sector or a province.",
                    "The grading of facilities is our reading; see IndustrialControl.",
                    p -> p.industrialControl() == IndustrialControl.MAJOR_FACILITY),

            // ---- Level 5 (Art. 11) ----
            new Criterion("L5-SECRET-TUYET-MAT", clause(11, 1), LEVEL_5, UNCONFIRMED,
                    "Processes state secrets graded 'Tuyệt mật'.",
                    "", p -> p.information().stateSecret() == StateSecretGrade.TOP_SECRET),
            new Criterion("L5-NATIONALLY-CRITICAL", clause(11, 2), LEVEL_5, UNCONFIRMED,
                    "Is on the list of information systems important to national security.",
                    "The list is set outside the decree (by the Prime Minister); we take the owner's declaration.",
                    ClassificationProfile::nationallyCritical),
            new Criterion("L5-INDUSTRIAL-CONTROL-SECURITY", clause(11, 3), LEVEL_5, UNCONFIRMED,
                    "Directly controls the operation of a facility important to national security.",
                    "", p -> p.industrialControl() == IndustrialControl.NATIONAL_SECURITY_FACILITY));

    private Decree85Criteria() {
    }

    /** The level as the law writes it: "Cấp độ 3". */
    public static String legalTerm(SecurityLevel level) {
        return "Cấp độ " + level.number();
    }

    public static Optional<Criterion> byId(String id) {
        return TABLE.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
