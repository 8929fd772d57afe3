package vn.gov.moh.soc.portal.infrastructure.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A row of {@code pipeline_outbox} (migration V30). */
@Entity
@Table(name = "pipeline_outbox")
public class OutboxEntity {
    @Id
    @SequenceGenerator(name = "pipeline_outbox_seq", sequenceName = "pipeline_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pipeline_outbox_seq")
    Long id;
    @Column(nullable = false)
    String topic;
    @Column(name = "record_key", nullable = false)
    String recordKey;
    String payload;
    @Column(name = "created_at", nullable = false)
    String createdAt;
    @Column(name = "sent_at")
    String sentAt;
    @Column(nullable = false)
    int attempts;
    @Column(name = "last_error")
    String lastError;
}
