package vn.gov.moh.soc.portal.interfaces.web.system;

import java.io.Serializable;
import java.util.stream.Collectors;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.NetworkAddress;

/** A system as a row of the list: getters, since Jakarta EL 5 does not read record components. */
public final class SystemRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String name;
    private final String owner;
    private final String ownerName;
    private final String operator;
    private final String addresses;
    private final boolean changeable;

    SystemRow(InformationSystem s, String ownerName, boolean changeable) {
        this.id = s.id().value();
        this.name = s.name();
        this.owner = s.owner().value();
        this.ownerName = ownerName;
        this.operator = s.operator() == null ? "" : s.operator();
        this.addresses = s.components().stream().flatMap(c -> c.addresses().stream()).map(NetworkAddress::toString)
                .collect(Collectors.joining(", "));
        this.changeable = changeable;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getOwner() {
        return owner;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getOperator() {
        return operator;
    }

    public String getAddresses() {
        return addresses;
    }

    /** Whether the user may change it: the list shows edit actions only then. */
    public boolean isChangeable() {
        return changeable;
    }
}
