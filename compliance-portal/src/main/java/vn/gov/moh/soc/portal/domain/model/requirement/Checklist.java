package vn.gov.moh.soc.portal.domain.model.requirement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;

/**
 * A system's requirement checklist: every requirement its level asks for, with its assessment if
 * one was made; the gaps (everything not met); and the compliance summary, overall and per group.
 * Assessments of requirements the level no longer asks for (the level was lowered, or a code left
 * the catalog) are kept aside, not counted.
 */
public final class Checklist {
    private final SystemId system;
    private final SecurityLevel level;
    private final RequirementCatalog catalog;
    private final List<Entry> entries;
    private final List<Assessment> outsideLevel;

    /** One line of the checklist. */
    public record Entry(Requirement requirement, RequirementGroup group, Optional<Assessment> assessment) {
        /** Why the line is a gap, or empty when it is met or does not apply. */
        public Optional<GapReason> gap() {
            if (assessment.isEmpty()) {
                return Optional.of(GapReason.NOT_ASSESSED);
            }
            return switch (assessment.get().status()) {
                case PARTIAL -> Optional.of(GapReason.PARTIAL);
                case NON_COMPLIANT -> Optional.of(GapReason.NON_COMPLIANT);
                case COMPLIANT, NOT_APPLICABLE -> Optional.empty();
            };
        }
    }

    /** Why a requirement counts as a gap. */
    public enum GapReason {
        NOT_ASSESSED("Chưa đánh giá"),
        PARTIAL("Đáp ứng một phần"),
        NON_COMPLIANT("Chưa đáp ứng");

        private final String vietnameseName;

        GapReason(String vietnameseName) {
            this.vietnameseName = vietnameseName;
        }

        public String vietnameseName() {
            return vietnameseName;
        }
    }

    /**
     * Counts over a set of lines. {@code percentCompliant} is the compliant share of the lines
     * that apply (not-applicable ones left out), rounded down; 100 when none applies.
     */
    public record Summary(int applicable, int compliant, int partial, int nonCompliant, int notApplicable, int notAssessed,
                          int percentCompliant) {
        static Summary of(Collection<Entry> lines) {
            int compliant = 0, partial = 0, non = 0, na = 0, none = 0;
            for (Entry e : lines) {
                if (e.assessment().isEmpty()) {
                    none++;
                    continue;
                }
                switch (e.assessment().get().status()) {
                    case COMPLIANT -> compliant++;
                    case PARTIAL -> partial++;
                    case NON_COMPLIANT -> non++;
                    case NOT_APPLICABLE -> na++;
                }
            }
            int counted = lines.size() - na;
            return new Summary(lines.size(), compliant, partial, non, na, none, counted == 0 ? 100 : compliant * 100 / counted);
        }

        /** Every applicable requirement is met or does not apply. */
        public boolean fullyCompliant() {
            return partial == 0 && nonCompliant == 0 && notAssessed == 0;
        }
    }

    public Checklist(SystemId system, SecurityLevel level, RequirementCatalog catalog, Collection<Assessment> assessments) {
        this.system = Objects.requireNonNull(system, "system");
        this.level = Objects.requireNonNull(level, "level");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        Map<String, Assessment> byCode = assessments.stream().collect(Collectors.toMap(Assessment::requirement, a -> a, (a, b) -> b));
        List<Entry> lines = new ArrayList<>();
        for (Requirement r : catalog.applicableTo(level)) {
            lines.add(new Entry(r, catalog.group(r.group()), Optional.ofNullable(byCode.get(r.code()))));
        }
        this.entries = List.copyOf(lines);
        Set<String> applicable = lines.stream().map(e -> e.requirement().code()).collect(Collectors.toSet());
        this.outsideLevel = assessments.stream().filter(a -> !applicable.contains(a.requirement())).toList();
    }

    public SystemId system() {
        return system;
    }

    public SecurityLevel level() {
        return level;
    }

    public String catalogVersion() {
        return catalog.version();
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Assessments kept but not counted: their requirement does not apply at this level. */
    public List<Assessment> outsideLevel() {
        return outsideLevel;
    }

    /** The lines that are not met, by group in catalog order; groups without a gap are left out. */
    public Map<RequirementGroup, List<Entry>> gapsByGroup() {
        Map<RequirementGroup, List<Entry>> gaps = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.gap().isPresent()) {
                gaps.computeIfAbsent(e.group(), g -> new ArrayList<>()).add(e);
            }
        }
        return gaps;
    }

    public Summary summary() {
        return Summary.of(entries);
    }

    /** The summary of every group that has a requirement at this level, in catalog order. */
    public Map<RequirementGroup, Summary> summaryByGroup() {
        Map<RequirementGroup, List<Entry>> byGroup = new LinkedHashMap<>();
        for (RequirementGroup g : catalog.groups()) {
            List<Entry> lines = entries.stream().filter(e -> e.group().equals(g)).toList();
            if (!lines.isEmpty()) {
                byGroup.put(g, lines);
            }
        }
        Map<RequirementGroup, Summary> result = new LinkedHashMap<>();
        byGroup.forEach((g, lines) -> result.put(g, Summary.of(lines)));
        return result;
    }
}
