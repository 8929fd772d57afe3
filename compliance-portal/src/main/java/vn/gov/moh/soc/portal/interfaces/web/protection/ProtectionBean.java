package vn.gov.moh.soc.portal.interfaces.web.protection;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.AccessPolicy;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.InventoryService;
import vn.gov.moh.soc.portal.application.NotFoundException;
import vn.gov.moh.soc.portal.application.ProtectionService;
import vn.gov.moh.soc.portal.application.ProtectionStatus;
import vn.gov.moh.soc.portal.domain.model.protection.Inspection;
import vn.gov.moh.soc.portal.domain.model.protection.LayerStatus;
import vn.gov.moh.soc.portal.domain.model.protection.StaffMember;
import vn.gov.moh.soc.portal.domain.model.protection.UnitProtection;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.system.SystemQuery;
import vn.gov.moh.soc.portal.domain.model.unit.Unit;
import vn.gov.moh.soc.portal.domain.model.unit.UnitHierarchy;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;
import vn.gov.moh.soc.portal.interfaces.rest.protection.ProtectionRequests;
import vn.gov.moh.soc.portal.interfaces.web.FieldMessages;
import vn.gov.moh.soc.portal.interfaces.web.security.BrowserCaller;

/**
 * The 4-layer model ({@code protection.xhtml[?unit=]}): every readable unit's four layer states
 * ({@link ProtectionService#overview}, the same as {@code GET /api/protection}) and the chosen
 * unit's layers with status, gaps and what is declared. The forms' texts are read into the layers
 * by the API's own request bodies ({@link ProtectionRequests}), so a page and a client are refused
 * alike; the forms are shown only where the access policy lets the user change the unit.
 */
@Named("protectionPage")
@ViewScoped
public class ProtectionBean implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern STAFF = Pattern.compile("staff\\[(\\d+)](?:\\.(\\w+))?");

    @Inject
    ProtectionService protection;
    @Inject
    InventoryService inventory;
    @Inject
    BrowserCaller me;

    private String unit;
    private boolean loaded;
    private boolean editable;
    private String unitName;
    private transient List<OverviewRow> overview = List.of();
    private transient ProtectionStatus status;
    private transient List<InformationSystem> ownedSystems = List.of();

    // The forms' texts, read by the API's request bodies when saved (EL binds properties, not their public fields).
    private String staffName;
    private String staffRole;
    private String staffPhone;
    private String staffEmail;
    private boolean staffContact;
    private String provider;
    private String contractReference;
    private String contractFrom;
    private String contractUntil;
    private List<Long> monitoredSystems = new ArrayList<>();
    private String inspector;
    private String inspectionDate;
    private String inspectionScope;
    private String inspectionFindings;
    private String connectedSince;
    private String channel;

    /** One unit's line of the overview. */
    public record OverviewRow(String unit, String name, List<LayerStatus.State> layers, boolean complete) {
    }

    /** The view action: the overview, and the unit of {@code ?unit=} (else the user's own unit, when readable). */
    public void load() {
        try {
            UnitHierarchy tree = inventory.units();
            List<OverviewRow> rows = new ArrayList<>();
            for (ProtectionStatus s : protection.overview(me.caller())) {
                UnitId id = s.declared().unit();
                rows.add(new OverviewRow(id.value(), tree.find(id).map(Unit::name).orElse(id.value()),
                        s.layers().stream().map(LayerStatus::state).toList(), s.complete()));
            }
            overview = rows;
            if ((unit == null || unit.isBlank()) && me.caller().unit() != null
                    && rows.stream().anyMatch(r -> r.unit().equals(me.caller().unit().value()))) {
                unit = me.caller().unit().value();
            }
            if (unit != null && !unit.isBlank()) {
                UnitId id = UnitId.of(unit);
                show(protection.status(me.caller(), id));
                unitName = tree.find(id).map(Unit::name).orElse(unit);
                editable = AccessPolicy.canChange(me.caller(), id, tree);
                ownedSystems = editable ? inventory.list(me.caller(), id, null, SystemQuery.Sort.NAME, false, 0, 500).systems() : List.of();
            }
            loaded = true;
        } catch (AccessDeniedException | NotFoundException e) {
            FieldMessages.refused("overview", e);
        } catch (IllegalArgumentException e) {
            FieldMessages.refused("overview", new NotFoundException(e.getMessage()));
        }
    }

    /** Layer 1: adds one staff member to the declared list. */
    public void addStaff() {
        change("layer1", () -> {
            ProtectionRequests.OnSiteForce body = new ProtectionRequests.OnSiteForce();
            body.staff = new ArrayList<>();
            for (StaffMember m : status.declared().onSiteForce()) {
                body.staff.add(staffText(m));
            }
            ProtectionRequests.Staff added = new ProtectionRequests.Staff();
            added.name = staffName;
            added.role = staffRole;
            added.phone = staffPhone;
            added.email = staffEmail;
            added.contact = staffContact;
            body.staff.add(added);
            return protection.setOnSiteForce(me.caller(), UnitId.of(unit), body.toDomain());
        });
    }

    /** Layer 1: removes one staff member from the declared list. */
    public void removeStaff(int index) {
        change("layer1", () -> {
            List<StaffMember> kept = new ArrayList<>(status.declared().onSiteForce());
            kept.remove(index);
            return protection.setOnSiteForce(me.caller(), UnitId.of(unit), kept);
        });
    }

    /** Layer 2: replaces the monitoring contract. */
    public void saveMonitoring() {
        change("layer2", () -> {
            ProtectionRequests.Monitoring body = new ProtectionRequests.Monitoring();
            body.provider = provider;
            body.contractReference = contractReference;
            body.from = contractFrom;
            body.until = contractUntil;
            body.systems = List.copyOf(monitoredSystems);
            return protection.setMonitoring(me.caller(), UnitId.of(unit), body.toDomain());
        });
    }

    /** Layer 3: records an inspection, one finding a line. */
    public void addInspection() {
        change("layer3", () -> {
            ProtectionRequests.InspectionRecord body = new ProtectionRequests.InspectionRecord();
            body.inspector = inspector;
            body.date = inspectionDate;
            body.scope = inspectionScope;
            body.findings = inspectionFindings == null ? List.of()
                    : Arrays.stream(inspectionFindings.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
            return protection.addInspection(me.caller(), UnitId.of(unit), body.toDomain());
        });
    }

    /** Layer 4: declares the connection to the national monitoring system. */
    public void saveConnection() {
        change("layer4", () -> {
            ProtectionRequests.Connection body = new ProtectionRequests.Connection();
            body.connectedSince = connectedSince;
            body.channel = channel;
            return protection.setNationalConnection(me.caller(), UnitId.of(unit), body.toDomain());
        });
    }

    private void change(String form, Supplier<ProtectionStatus> call) {
        try {
            show(call.get());
            refreshOverviewRow();
            clearAdded();
            FieldMessages.info("protection.saved");
        } catch (InvalidFieldException e) {
            FieldMessages.field(form, inputOf(e.field()), e.getMessage());
        } catch (AccessDeniedException | NotFoundException e) {
            FieldMessages.refused(form, e);
        }
    }

    /** A staff member's path names the new member's input (the declared ones were accepted before); others are inputs as named. */
    private String inputOf(String field) {
        Matcher m = field == null ? null : STAFF.matcher(field);
        if (m != null && m.matches()) {
            return m.group(2) == null ? "name" : m.group(2);
        }
        return field;
    }

    private void show(ProtectionStatus s) {
        status = s;
        UnitProtection p = s.declared();
        p.monitoringContract().ifPresent(c -> {
            provider = c.provider();
            contractReference = c.contractReference();
            contractFrom = c.from().toString();
            contractUntil = c.until() == null ? null : c.until().toString();
            monitoredSystems = new ArrayList<>(c.declaredSystems().stream().map(SystemId::value).sorted().toList());
        });
        p.connection().ifPresent(c -> {
            connectedSince = c.connectedSince().toString();
            channel = c.channel();
        });
    }

    /** The forms that add (a staff member, an inspection) start empty again once saved. */
    private void clearAdded() {
        staffName = staffRole = staffPhone = staffEmail = null;
        staffContact = false;
        inspector = inspectionDate = inspectionScope = inspectionFindings = null;
    }

    private void refreshOverviewRow() {
        List<OverviewRow> rows = new ArrayList<>(overview);
        rows.replaceAll(r -> r.unit().equals(unit)
                ? new OverviewRow(r.unit(), r.name(), status.layers().stream().map(LayerStatus::state).toList(), status.complete()) : r);
        overview = rows;
    }

    private static ProtectionRequests.Staff staffText(StaffMember m) {
        ProtectionRequests.Staff s = new ProtectionRequests.Staff();
        s.name = m.name();
        s.role = m.role();
        s.phone = m.phone();
        s.email = m.email();
        s.contact = m.contact();
        return s;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public boolean isEditable() {
        return editable;
    }

    public String getUnitName() {
        return unitName;
    }

    public List<OverviewRow> getOverview() {
        return overview;
    }

    public long getCompleteUnits() {
        return overview.stream().filter(OverviewRow::complete).count();
    }

    /** The chosen unit's status; null when only the overview is shown. */
    public ProtectionStatus getStatus() {
        return status;
    }

    public List<StaffMember> getStaffMembers() {
        return status == null ? List.of() : status.declared().onSiteForce();
    }

    /** Newest first. */
    public List<Inspection> getInspections() {
        return status == null ? List.of() : status.declared().inspections();
    }

    public List<InformationSystem> getOwnedSystems() {
        return ownedSystems;
    }

    public List<Long> getMonitoredSystems() {
        return monitoredSystems;
    }

    public void setMonitoredSystems(List<Long> monitoredSystems) {
        this.monitoredSystems = monitoredSystems == null ? new ArrayList<>() : new ArrayList<>(monitoredSystems);
    }

    public String getStaffName() {
        return staffName;
    }

    public void setStaffName(String staffName) {
        this.staffName = staffName;
    }

    public String getStaffRole() {
        return staffRole;
    }

    public void setStaffRole(String staffRole) {
        this.staffRole = staffRole;
    }

    public String getStaffPhone() {
        return staffPhone;
    }

    public void setStaffPhone(String staffPhone) {
        this.staffPhone = staffPhone;
    }

    public String getStaffEmail() {
        return staffEmail;
    }

    public void setStaffEmail(String staffEmail) {
        this.staffEmail = staffEmail;
    }

    public boolean isStaffContact() {
        return staffContact;
    }

    public void setStaffContact(boolean staffContact) {
        this.staffContact = staffContact;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getContractReference() {
        return contractReference;
    }

    public void setContractReference(String contractReference) {
        this.contractReference = contractReference;
    }

    public String getContractFrom() {
        return contractFrom;
    }

    public void setContractFrom(String contractFrom) {
        this.contractFrom = contractFrom;
    }

    public String getContractUntil() {
        return contractUntil;
    }

    public void setContractUntil(String contractUntil) {
        this.contractUntil = contractUntil;
    }

    public String getInspector() {
        return inspector;
    }

    public void setInspector(String inspector) {
        this.inspector = inspector;
    }

    public String getInspectionDate() {
        return inspectionDate;
    }

    public void setInspectionDate(String inspectionDate) {
        this.inspectionDate = inspectionDate;
    }

    public String getInspectionScope() {
        return inspectionScope;
    }

    public void setInspectionScope(String inspectionScope) {
        this.inspectionScope = inspectionScope;
    }

    public String getInspectionFindings() {
        return inspectionFindings;
    }

    public void setInspectionFindings(String inspectionFindings) {
        this.inspectionFindings = inspectionFindings;
    }

    public String getConnectedSince() {
        return connectedSince;
    }

    public void setConnectedSince(String connectedSince) {
        this.connectedSince = connectedSince;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }
}
