package vn.gov.moh.soc.portal.interfaces.web.system;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.gov.moh.soc.portal.application.AccessPolicy;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.InventoryService;
import vn.gov.moh.soc.portal.domain.model.system.SystemPage;
import vn.gov.moh.soc.portal.domain.model.system.SystemQuery;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitHierarchy;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.interfaces.web.security.BrowserCaller;

/**
 * The inventory list: every page, sort and filter of the table is one call of
 * {@link InventoryService#list}, so the database pages and the access policy limits the rows.
 */
@Named("systemList")
@ViewScoped
public class SystemListBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    InventoryService inventory;
    @Inject
    BrowserCaller me;

    private Systems systems;

    @PostConstruct
    void init() {
        systems = new Systems();
    }

    public LazyDataModel<SystemRow> getSystems() {
        return systems;
    }

    /** The units the user may see, for the owner filter. */
    public List<Unit> getOwners() {
        UnitHierarchy tree = inventory.units();
        Caller caller = me.caller();
        return tree.all().stream().filter(u -> AccessPolicy.canRead(caller, u.id(), tree))
                .sorted(java.util.Comparator.comparing(Unit::name)).toList();
    }

    final class Systems extends LazyDataModel<SystemRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) query(0, 1, Map.of(), filterBy).total();
        }

        @Override
        public List<SystemRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SystemPage page = query(first / Math.max(1, pageSize), pageSize, sortBy, filterBy);
            setRowCount((int) page.total());
            UnitHierarchy tree = inventory.units();
            Caller caller = me.caller();
            return page.systems().stream().map(s -> new SystemRow(s,
                    tree.find(s.owner()).map(Unit::name).orElse(s.owner().value()),
                    AccessPolicy.canChange(caller, s.owner(), tree))).toList();
        }

        @Override
        public String getRowKey(SystemRow row) {
            return String.valueOf(row.getId());
        }

        private SystemPage query(int page, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SystemQuery.Sort sort = SystemQuery.Sort.NAME;
            boolean descending = false;
            for (SortMeta s : sortBy.values()) {
                if (s.getOrder() != SortOrder.UNSORTED) {
                    sort = SystemQuery.Sort.valueOf(s.getField().toUpperCase(Locale.ROOT));
                    descending = s.getOrder() == SortOrder.DESCENDING;
                    break;
                }
            }
            String name = text(filterBy.get("name"));
            String owner = text(filterBy.get("owner"));
            UnitId ownerId = owner == null ? null : UnitId.of(owner);
            return inventory.list(me.caller(), ownerId, name, sort, descending, page, size);
        }

        private static String text(FilterMeta filter) {
            if (filter == null || filter.getFilterValue() == null) {
                return null;
            }
            String value = filter.getFilterValue().toString().strip();
            return value.isEmpty() ? null : value;
        }
    }
}
