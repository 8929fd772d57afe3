package vn.gov.moh.soc.portal.application;

import vn.gov.moh.soc.portal.domain.model.requirement.Checklist;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;

/**
 * A system's checklist and where its level came from.
 *
 * @param levelSource {@code PROPOSED}: the officer's latest level proposal; {@code COMPUTED}: no
 *                    proposal yet, the level the Decree 85 rules give
 * @param openCriticalVulnerabilities critical findings of the system's latest vulnerability scan
 *                    (0 when none or no scan uploaded): shown beside the checklist as open risks
 */
public record SystemChecklist(InformationSystem system, LevelSource levelSource, Checklist checklist,
        int openCriticalVulnerabilities) {
    /** Which level the checklist is drawn for. */
    public enum LevelSource { PROPOSED, COMPUTED }
}
