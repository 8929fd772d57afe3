package vn.gov.moh.soc.portal.domain.model.system;

import java.util.List;

/** One page of systems and how many match in all. */
public record SystemPage(List<InformationSystem> systems, long total) {
}
