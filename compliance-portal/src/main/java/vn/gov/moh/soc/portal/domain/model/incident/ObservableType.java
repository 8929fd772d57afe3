package vn.gov.moh.soc.portal.domain.model.incident;

/** What an observable is; each type has its own check and normal form ({@link Observable}). */
public enum ObservableType {
    IP, USER, HOST, HASH, URL, DOMAIN, EMAIL
}
