package vn.gov.moh.soc.portal.application.incident;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.gov.moh.soc.portal.domain.model.alert.AlertsEscalated;

/**
 * Fires {@link AlertsEscalated} once the incident's transaction has committed, whatever phase the
 * observer asks for: the queue marks the alerts escalated in Elasticsearch, which must not happen
 * for an incident that was rolled back.
 */
@ApplicationScoped
public class EscalationNotices {
    private static final Logger LOG = Logger.getLogger(EscalationNotices.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;
    @Inject
    Event<AlertsEscalated> escalated;

    /** After the current transaction commits (at once when there is none). */
    public void afterCommit(AlertsEscalated notice) {
        if (transactions.getTransactionKey() == null) {
            fire(notice);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    fire(notice);
                }
            }
        });
    }

    private void fire(AlertsEscalated notice) {
        try {
            escalated.fire(notice);
        } catch (RuntimeException e) {
            // The incident is saved; an observer's failure (Elasticsearch down) must not turn that into an error.
            LOG.log(Level.WARNING, "alerts " + notice.alertIds() + " linked into " + notice.incidentReference()
                    + " but not marked escalated: " + e, e);
        }
    }
}
