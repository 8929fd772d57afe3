package vn.gov.moh.soc.portal.domain.model.requirement;

/** Where the catalog in force comes from. */
public interface RequirementCatalogRepository {
    RequirementCatalog current();
}
