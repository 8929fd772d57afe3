package vn.gov.moh.soc.portal.infrastructure.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementCatalog;
import vn.gov.moh.soc.portal.domain.model.requirement.RequirementCatalogRepository;

/**
 * The catalog shipped in the war, read when the application starts: a broken catalog fails the
 * deployment instead of the first checklist.
 */
@ApplicationScoped
public class ShippedRequirementCatalog implements RequirementCatalogRepository {
    private RequirementCatalog catalog;

    @PostConstruct
    void load() {
        catalog = CatalogFile.shipped();
    }

    /** Instantiates the bean at start-up. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        current();
    }

    @Override
    public RequirementCatalog current() {
        return catalog;
    }
}
