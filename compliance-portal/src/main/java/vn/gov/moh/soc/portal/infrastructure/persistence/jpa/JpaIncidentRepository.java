package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gov.moh.soc.portal.domain.model.incident.Comment;
import vn.gov.moh.soc.portal.domain.model.incident.Incident;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentId;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentReference;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentRepository;
import vn.gov.moh.soc.portal.domain.model.incident.IncidentStatus;
import vn.gov.moh.soc.portal.domain.model.incident.LinkedAlert;
import vn.gov.moh.soc.portal.domain.model.incident.ReportingRule;
import vn.gov.moh.soc.portal.domain.model.incident.ResponseDeadline;
import vn.gov.moh.soc.portal.domain.model.incident.ResponseDeadlineTable;
import vn.gov.moh.soc.portal.domain.model.incident.Severity;
import vn.gov.moh.soc.portal.domain.model.incident.TimelineEntry;
import vn.gov.moh.soc.portal.domain.model.unit.UnitId;

/**
 * Incidents in the portal's database. Saving replaces the row and its document, appends the
 * timeline entries the stored incident does not have yet (the timeline only grows), and records
 * newly linked alerts in {@code incident_alert}, whose key refuses an alert in a second incident.
 */
@ApplicationScoped
public class JpaIncidentRepository implements IncidentRepository {
    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** For CDI, which injects the container's entity manager. */
    public JpaIncidentRepository() {
    }

    /** Outside a container (the persistence ITs), on a given entity manager. */
    JpaIncidentRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Incident> find(IncidentId id) {
        return Optional.ofNullable(em.find(IncidentEntity.class, id.value())).map(e -> e.toDomain(entries(e.id())));
    }

    @Override
    public IncidentReference nextReference(int year) {
        IncidentCounterEntity counter = em.find(IncidentCounterEntity.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            // The first incident of the year: a second creation at the same moment fails on the key and is repeated.
            counter = new IncidentCounterEntity(year);
            em.persist(counter);
        }
        IncidentReference next = new IncidentReference(year, counter.next());
        // Written now: a second locked read in this transaction goes to the database and must find the row.
        em.flush();
        return next;
    }

    @Override
    public Incident save(Incident incident) {
        IncidentEntity e = incident.id() == null ? new IncidentEntity() : em.find(IncidentEntity.class, incident.id().value());
        if (e == null) {
            throw new IllegalArgumentException("no incident " + incident.id());
        }
        e.copyFrom(incident);
        if (incident.id() == null) {
            em.persist(e);
        }
        em.flush();
        long id = e.id();
        Set<String> known = em.createQuery("select a.alertId from IncidentAlertEntity a where a.incidentId = :id", String.class)
                .setParameter("id", id).getResultStream().collect(Collectors.toSet());
        for (LinkedAlert a : incident.alerts()) {
            if (!known.contains(a.id())) {
                em.persist(new IncidentAlertEntity(a.id(), id));
            }
        }
        appendTimeline(id, incident);
        em.flush();
        return incident.withId(new IncidentId(id));
    }

    /** Entries beyond those stored; a comment's text goes with the comment entry of the same moment and author. */
    private void appendTimeline(long id, Incident incident) {
        long stored = em.createQuery("select count(t) from IncidentEntryEntity t where t.incidentId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        List<TimelineEntry> timeline = incident.timeline();
        List<Comment> comments = incident.comments();
        int commentIndex = (int) timeline.subList(0, (int) Math.min(stored, timeline.size())).stream()
                .filter(t -> t.kind() == TimelineEntry.Kind.COMMENT).count();
        for (int i = (int) stored; i < timeline.size(); i++) {
            TimelineEntry t = timeline.get(i);
            String text = null;
            if (t.kind() == TimelineEntry.Kind.COMMENT) {
                text = comments.get(commentIndex++).text();
            }
            em.persist(new IncidentEntryEntity(id, i, t, text));
        }
    }

    private List<IncidentEntryEntity> entries(long id) {
        return em.createQuery("select t from IncidentEntryEntity t where t.incidentId = :id order by t.entryOrder", IncidentEntryEntity.class)
                .setParameter("id", id).getResultList();
    }

    @Override
    public List<Incident> search(Set<UnitId> visibleUnits, IncidentStatus status, Severity severity, String text, int limit) {
        if (visibleUnits != null && visibleUnits.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder(visibleUnits == null ? "select i from IncidentEntity i where 1 = 1"
                : "select distinct i from IncidentEntity i join i.units u where u in :units");
        if (status != null) {
            jpql.append(" and i.status = :status");
        }
        if (severity != null) {
            jpql.append(" and i.severity = :severity");
        }
        if (text != null) {
            jpql.append(" and (lower(i.title) like :text escape '\\' or lower(i.reference) like :text escape '\\')");
        }
        jpql.append(" order by i.detectedAt desc, i.id desc");
        TypedQuery<IncidentEntity> q = em.createQuery(jpql.toString(), IncidentEntity.class).setMaxResults(limit);
        if (visibleUnits != null) {
            q.setParameter("units", visibleUnits.stream().map(UnitId::value).toList());
        }
        if (status != null) {
            q.setParameter("status", status.name());
        }
        if (severity != null) {
            q.setParameter("severity", severity.name());
        }
        if (text != null) {
            q.setParameter("text", "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        List<IncidentEntity> rows = q.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<IncidentEntryEntity>> byIncident = new HashMap<>();
        em.createQuery("select t from IncidentEntryEntity t where t.incidentId in :ids order by t.incidentId, t.entryOrder",
                IncidentEntryEntity.class).setParameter("ids", rows.stream().map(IncidentEntity::id).toList()).getResultStream()
                .forEach(t -> byIncident.computeIfAbsent(t.incidentId(), k -> new ArrayList<>()).add(t));
        return rows.stream().map(r -> r.toDomain(byIncident.getOrDefault(r.id(), List.of()))).toList();
    }

    @Override
    public Map<String, IncidentReference> incidentsOfAlerts(Collection<String> alertIds) {
        if (alertIds.isEmpty()) {
            return Map.of();
        }
        Map<String, IncidentReference> out = new LinkedHashMap<>();
        em.createQuery("select a.alertId, i.reference from IncidentAlertEntity a, IncidentEntity i where a.incidentId = i.id"
                + " and a.alertId in :ids", Object[].class).setParameter("ids", List.copyOf(alertIds)).getResultStream()
                .forEach(r -> out.put((String) r[0], IncidentReference.parse((String) r[1])));
        return out;
    }

    @Override
    public ResponseDeadlineTable deadlines() {
        return new ResponseDeadlineTable(em.createQuery("select d from ResponseDeadlineEntity d", ResponseDeadlineEntity.class)
                .getResultStream().map(ResponseDeadlineEntity::toDomain).toList());
    }

    @Override
    public void saveDeadline(ResponseDeadline row, String by) {
        ResponseDeadlineEntity e = em.find(ResponseDeadlineEntity.class, new ResponseDeadlineEntity.Key(row.severity().name(), row.systemLevel()));
        if (e == null) {
            throw new IllegalArgumentException("no deadline row for " + row.severity() + " at level " + row.systemLevel());
        }
        e.set(row, by);
        em.flush();
    }

    @Override
    public List<ReportingRule> reportingRules() {
        return em.createQuery("select r from ReportingRuleEntity r order by r.code", ReportingRuleEntity.class).getResultStream()
                .map(ReportingRuleEntity::toDomain).toList();
    }
}
