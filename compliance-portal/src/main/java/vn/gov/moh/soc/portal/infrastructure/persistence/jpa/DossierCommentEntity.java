package vn.gov.moh.soc.portal.infrastructure.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierComment;
import vn.gov.moh.soc.portal.domain.model.dossier.Party;

/** A comment; append-only. */
@Entity
@Table(name = "dossier_comment")
public class DossierCommentEntity extends DossierHistoryRow {
    @Id
    @SequenceGenerator(name = "dossier_comment_seq", sequenceName = "dossier_comment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_comment_seq")
    private Long id;
    @Column(nullable = false)
    private String party;
    @Column(nullable = false)
    private String author;
    @Column(name = "written_at", nullable = false)
    private String at;
    @Column(nullable = false)
    private String body;

    static DossierCommentEntity of(long dossier, int index, DossierComment c) {
        DossierCommentEntity x = new DossierCommentEntity();
        x.place(dossier, index, c.version());
        x.party = c.party().name();
        x.author = c.author();
        x.at = c.at().toString();
        x.body = c.text();
        return x;
    }

    DossierComment toDomain() {
        return new DossierComment(versionNumber, Party.valueOf(party), author, Instant.parse(at), body);
    }
}
