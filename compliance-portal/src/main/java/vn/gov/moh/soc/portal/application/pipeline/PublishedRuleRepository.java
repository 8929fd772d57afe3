package vn.gov.moh.soc.portal.application.pipeline;

import java.util.List;
import java.util.Optional;

/** The rules the portal has published. */
public interface PublishedRuleRepository {
    List<PublishedRule> all();

    Optional<PublishedRule> find(String id);

    /** Inserts or replaces the rule of that id. */
    void save(PublishedRule rule);
}
