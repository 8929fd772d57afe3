package vn.gov.moh.soc.portal.application.incident;

import vn.gov.moh.soc.portal.domain.model.incident.Incident;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentDeadlines;

/**
 * An incident as a caller sees it: with its deadlines as of the read, and whether that caller may
 * handle it or only comment (so pages show only the controls that work).
 */
public record IncidentView(Incident incident, IncidentDeadlines deadlines, boolean canHandle, boolean canComment) {
}
