package vn.gov.moh.soc.portal.interfaces.web.unit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.gov.moh.soc.portal.application.AccessPolicy;
import vn.gov.moh.soc.portal.application.InventoryService;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitHierarchy;
import vn.gov.moh.soc.portal.interfaces.web.security.BrowserCaller;

/** The units the user may see, as a tree from the tops the access policy gives. */
@Named("unitTree")
@ViewScoped
public class UnitTreeBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    InventoryService inventory;
    @Inject
    BrowserCaller me;

    private TreeNode<UnitNode> root;

    @PostConstruct
    void build() {
        UnitHierarchy tree = inventory.units();
        root = new DefaultTreeNode<>(null, null);
        for (Unit top : AccessPolicy.visibleRoots(me.caller(), tree)) {
            add(top, root, tree);
        }
    }

    private static void add(Unit unit, TreeNode<UnitNode> parent, UnitHierarchy tree) {
        TreeNode<UnitNode> node = new DefaultTreeNode<>(new UnitNode(unit.id().value(), unit.name(), unit.kind().vietnameseName()), parent);
        node.setExpanded(true);
        tree.childrenOf(unit.id()).forEach(c -> add(c, node, tree));
    }

    public TreeNode<UnitNode> getRoot() {
        return root;
    }

    /** A node's data: getters for EL. */
    public static final class UnitNode implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final String name;
        private final String kind;

        UnitNode(String id, String name, String kind) {
            this.id = id;
            this.name = name;
            this.kind = kind;
        }

        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getKind() {
            return kind;
        }
    }
}
