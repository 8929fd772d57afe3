package vn.gov.moh.soc.portal.interfaces.rest;

import vn.gov.moh.soc.portal.application.NotFoundException;
import vn.gov.moh.soc.portal.domain.model.drill.DrillId;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentId;
import vn.gov.moh.soc.portal.domain.model.ipv6.Ipv6PlanId;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/** Identifiers in a path: one that cannot be valid names no record, so it is a 404 like an unknown one. */
public final class PathIds {
    private PathIds() {
    }

    public static SystemId system(long id) {
        if (id <= 0) {
            throw new NotFoundException("no system " + id);
        }
        return new SystemId(id);
    }

    public static IncidentId incident(long id) {
        if (id <= 0) {
            throw new NotFoundException("no incident " + id);
        }
        return new IncidentId(id);
    }

    public static DrillId drill(long id) {
        if (id <= 0) {
            throw new NotFoundException("no drill " + id);
        }
        return new DrillId(id);
    }

    public static Ipv6PlanId ipv6Plan(long id) {
        if (id <= 0) {
            throw new NotFoundException("no IPv6 plan " + id);
        }
        return new Ipv6PlanId(id);
    }

    public static UnitId unit(String id) {
        try {
            return UnitId.of(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no unit " + id);
        }
    }
}
