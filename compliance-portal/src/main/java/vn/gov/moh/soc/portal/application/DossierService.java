package vn.gov.moh.soc.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.gov.moh.soc.core.asset.SecurityLevel;
import vn.gov.moh.soc.portal.domain.model.attachment.Attachment;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentId;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentKind;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentRejectedException;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentRepository;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentRules;
import vn.gov.moh.soc.portal.domain.model.attachment.AttachmentStore;
import vn.gov.moh.soc.portal.domain.model.attachment.ContentTypeDetector;
import vn.gov.moh.soc.portal.domain.model.attachment.ScanResult;
import vn.gov.moh.soc.portal.domain.model.attachment.StagedFile;
import vn.gov.moh.soc.portal.domain.model.attachment.VirusScanner;
import vn.gov.moh.soc.portal.domain.model.audit.AuditTrail;
import vn.gov.moh.soc.portal.domain.model.dossier.Authority;
import vn.gov.moh.soc.portal.domain.model.dossier.AuthorityRepository;
import vn.gov.moh.soc.portal.domain.model.dossier.Dossier;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierAction;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierContent;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierId;
import vn.gov.moh.soc.portal.domain.model.dossier.DossierRepository;
import vn.gov.moh.soc.portal.domain.model.dossier.Party;
import vn.gov.moh.soc.portal.domain.model.level.LevelDetermination;
import vn.gov.moh.soc.portal.domain.model.level.LevelProposalRepository;
import vn.gov.moh.soc.portal.domain.model.level.LevelRules;
import vn.gov.moh.soc.portal.domain.model.system.InformationSystem;
import vn.gov.moh.soc.portal.domain.model.system.SystemChanged;
import vn.gov.moh.soc.portal.domain.model.system.SystemId;
import vn.gov.moh.soc.portal.domain.model.system.SystemRepository;
import vn.gov.moh.soc.portal.domain.model.unit.UnitHierarchy;
import vn.gov.moh.soc.portal.domain.model.unit.UnitRepository;
import vn.gov.moh.soc.portal.infrastructure.json.DossierJson;

/**
 * The level-proposal dossier's use cases, one transaction each, every change audited in it.
 * <p>
 * Who may do what: the owner's side (an officer of the owner unit's subtree, or an admin on its
 * behalf) drafts, edits, attaches, submits and resubmits; the authority's side is the {@code admin}
 * role, which records the appraising and approving authority's steps (start the appraisal, return,
 * approve, reject) for the body named in the authority table; whoever submitted a version may not
 * take the authority's step on it. Auditors read everything and change nothing; others get nothing.
 */
@ApplicationScoped
@Transactional
public class DossierService {
    private final LevelRules rules = new LevelRules();
    private final Clock clock = Clock.systemUTC();

    @Inject
    UnitRepository units;
    @Inject
    SystemRepository systems;
    @Inject
    LevelProposalRepository proposals;
    @Inject
    DossierRepository dossiers;
    @Inject
    AuthorityRepository authorities;
    @Inject
    AttachmentRepository attachments;
    @Inject
    AttachmentStore store;
    @Inject
    ContentTypeDetector contentTypes;
    @Inject
    VirusScanner scanner;
    @Inject
    AttachmentRules attachmentRules;
    @Inject
    AuditTrail audit;

    /** The dossiers the caller may read, optionally of one system, newest first. */
    public List<Dossier> list(Caller caller, SystemId system) {
        return dossiers.list(AccessPolicy.readableUnits(caller, units.hierarchy()).orElse(null), system);
    }

    public Dossier read(Caller caller, DossierId id) {
        Dossier d = find(id);
        if (!AccessPolicy.canRead(caller, d.owner(), units.hierarchy())) {
            throw new AccessDeniedException(caller.name() + " may not read the dossiers of " + d.owner());
        }
        return d;
    }

    /**
     * Opens a draft for a system at the level its officer proposed last.
     *
     * @throws InvalidFieldException ({@code system}) for an unknown system or one without a level proposal
     * @throws ConflictException     if the system already has an open dossier
     */
    public Dossier create(Caller caller, SystemId system, DossierContent content) {
        InformationSystem s = systems.find(system).orElseThrow(() -> new InvalidFieldException("system", "no system " + system));
        requireOwnerSide(caller, s, units.hierarchy());
        var proposal = proposals.latest(system).orElseThrow(() -> new InvalidFieldException("system",
                "no level was proposed for system " + system + " yet: propose one first (POST /api/systems/" + system + "/level)"));
        dossiers.ofSystem(system).stream().filter(d -> d.state().open()).findFirst().ifPresent(d -> {
            throw new ConflictException("system " + system + " already has an open dossier: " + d.id());
        });
        Dossier saved = dossiers.save(Dossier.open(system, s.owner(), proposal.proposed(), proposal.computed(), content,
                caller.name(), clock.instant()));
        audit.append(caller.name(), "dossier.create", "dossier", saved.id().toString(), null, DossierJson.snapshot(saved).toString());
        return saved;
    }

    /** Replaces the written parts of the current version; the level follows the system's latest level proposal. */
    public Dossier update(Caller caller, DossierId id, DossierContent content) {
        Dossier before = ownerSide(caller, id);
        var proposal = proposals.latest(before.system()).orElseThrow(() -> new IllegalStateException("a dossier without a proposal"));
        Dossier saved = dossiers.save(before.revise(content, proposal.proposed(), proposal.computed()));
        audit.append(caller.name(), "dossier.update", "dossier", id.toString(),
                DossierJson.snapshot(before).toString(), DossierJson.snapshot(saved).toString());
        return saved;
    }

    /**
     * Takes a step of the workflow (see {@link DossierAction}).
     *
     * @param note the reason of a return or rejection (required there), a remark otherwise
     * @throws AccessDeniedException                                          if the caller may not take the action
     * @throws vn.gov.moh.soc.portal.domain.model.dossier.WorkflowException   if the dossier's state does not allow it
     * @throws vn.gov.moh.soc.portal.domain.model.dossier.IncompleteDossierException if a needed note or part of the dossier is missing
     */
    public Dossier perform(Caller caller, DossierId id, DossierAction action, String note) {
        Dossier before = action.party() == Party.OWNER ? ownerSide(caller, id) : read(caller, id);
        if (action.party() == Party.AUTHORITY) {
            requireAuthoritySide(caller, before);
        }
        Authority authority = authorities.forLevel(before.level());
        Dossier saved = dossiers.save(before.perform(action, action.party(), caller.name(), note, authority, clock.instant()));
        audit.append(caller.name(), "dossier." + action.slug(), "dossier", id.toString(),
                DossierJson.snapshot(before).toString(), DossierJson.snapshot(saved).toString());
        return saved;
    }

    /** The actions the caller may take on the dossier now (what a UI offers as buttons). */
    public Set<DossierAction> allowedActions(Caller caller, Dossier dossier) {
        Set<DossierAction> result = EnumSet.noneOf(DossierAction.class);
        UnitHierarchy tree = units.hierarchy();
        if (AccessPolicy.canChange(caller, dossier.owner(), tree)) {
            result.addAll(dossier.actionsFor(Party.OWNER));
        }
        if (isAuthoritySide(caller, dossier)) {
            result.addAll(dossier.actionsFor(Party.AUTHORITY));
        }
        return result;
    }

    /** A comment on the current version, from the owner's side (officers) or the authority's (admins). */
    public Dossier comment(Caller caller, DossierId id, String text) {
        Dossier before = read(caller, id);
        Party party;
        if (caller.is(Caller.ADMIN)) {
            party = Party.AUTHORITY;
        } else if (AccessPolicy.canChange(caller, before.owner(), units.hierarchy())) {
            party = Party.OWNER;
        } else {
            throw new AccessDeniedException(caller.name() + " may not comment on the dossiers of " + before.owner());
        }
        Dossier saved = dossiers.save(before.comment(party, caller.name(), text, clock.instant()));
        audit.append(caller.name(), "dossier.comment", "dossier", id.toString(), null,
                DossierJson.comment(saved.comments().get(saved.comments().size() - 1)).toString());
        return saved;
    }

    /**
     * Accepts a file into the current version once it passed the rules (size, type read from the
     * content and matching the name, virus scan); a refused file leaves nothing behind.
     *
     * @throws AttachmentRejectedException naming what is wrong with the file
     * @throws InvalidFieldException       ({@code kind}, {@code file}) for a missing kind or an unusable file name
     */
    public Attachment attach(Caller caller, DossierId id, AttachmentKind kind, String fileName, InputStream content) {
        Dossier before = ownerSide(caller, id);
        before.checkEditable("attach files");
        if (kind == null) {
            throw new InvalidFieldException("kind", "say what the file is: one of " + List.of(AttachmentKind.values()));
        }
        String name;
        try {
            name = AttachmentRules.baseName(fileName);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("file", e.getMessage());
        }
        StagedFile staged = store.stage(content, attachmentRules.maxBytes());
        String type;
        ScanResult scan;
        try {
            if (staged.size() == 0) {
                throw new AttachmentRejectedException(AttachmentRejectedException.Reason.EMPTY, "'" + name + "' is empty");
            }
            type = attachmentRules.checkType(contentTypes.detect(staged.path()), contentTypes.typeOfName(name), name);
            scan = scanner.scan(staged.path());
            attachmentRules.checkScan(scan, name);
            store.keep(staged);
        } finally {
            store.discard(staged);
        }
        Attachment saved = attachments.save(new Attachment(null, before.id().value(), before.current().number(), kind, name, type,
                staged.size(), staged.sha256(), scan, caller.name(), clock.instant()));
        dossiers.save(before.attach(saved.id(), kind));
        audit.append(caller.name(), "dossier.attach", "dossier", id.toString(), null, DossierJson.attachment(saved).toString());
        return saved;
    }

    /** Takes a file out of the current version (earlier versions and the file itself stay). */
    public Dossier detach(Caller caller, DossierId id, AttachmentId attachment) {
        Dossier before = ownerSide(caller, id);
        Attachment a = attachmentOf(before, attachment);
        Dossier saved = dossiers.save(before.detach(attachment));
        audit.append(caller.name(), "dossier.detach", "dossier", id.toString(), DossierJson.attachment(a).toString(), null);
        return saved;
    }

    /** Every file ever uploaded into the dossier, with the version it came in, oldest first. */
    public List<Attachment> attachments(Caller caller, DossierId id) {
        return attachments.ofDossier(read(caller, id).id().value());
    }

    /** @throws IllegalStateException if the stored bytes no longer match the checksum */
    public AttachmentDownload download(Caller caller, DossierId id, AttachmentId attachment) {
        Attachment a = attachmentOf(read(caller, id), attachment);
        return new AttachmentDownload(a, store.open(a));
    }

    /** The appraising and approving authority by level (the table kept as data). */
    public List<Authority> authorities() {
        return authorities.all();
    }

    public Authority authority(SecurityLevel level) {
        return authorities.forLevel(level);
    }

    /**
     * Re-review: when an approved system's classification or components change, its approved
     * dossier is flagged, with the level the rules now give, in the same transaction as the change.
     */
    void onSystemChanged(@Observes SystemChanged change) {
        if (!change.classificationOrComponentsChanged()) {
            return;
        }
        LevelDetermination now = rules.determine(change.after());
        for (Dossier d : dossiers.ofSystem(change.after().id())) {
            if (d.reReview() != null) {
                continue;
            }
            String reason = "the system's " + (change.before().profile().equals(change.after().profile()) ? "components" : "classification")
                    + " changed (by " + change.actor() + "); the rules now give level " + now.level().number()
                    + ", the approved level is " + d.level().number();
            Dossier flagged = d.flagForReReview(reason, clock.instant());
            if (flagged != d) {
                dossiers.save(flagged);
                audit.append(change.actor(), "dossier.re-review", "dossier", d.id().toString(),
                        DossierJson.snapshot(d).toString(), DossierJson.snapshot(flagged).toString());
            }
        }
    }

    private Dossier find(DossierId id) {
        return dossiers.find(id).orElseThrow(() -> new NotFoundException("no dossier " + id));
    }

    private Attachment attachmentOf(Dossier d, AttachmentId attachment) {
        return attachments.find(attachment).filter(a -> a.dossier() == d.id().value())
                .orElseThrow(() -> new NotFoundException("dossier " + d.id() + " has no attachment " + attachment));
    }

    /** The dossier, if the caller may act for its owner. */
    private Dossier ownerSide(Caller caller, DossierId id) {
        Dossier d = find(id);
        UnitHierarchy tree = units.hierarchy();
        if (!AccessPolicy.canChange(caller, d.owner(), tree)) {
            throw new AccessDeniedException(caller.name() + " may not change the dossiers of " + d.owner());
        }
        return d;
    }

    private static void requireOwnerSide(Caller caller, InformationSystem s, UnitHierarchy tree) {
        if (!AccessPolicy.canChange(caller, s.owner(), tree)) {
            throw new AccessDeniedException(caller.name() + " may not open dossiers for the systems of " + s.owner());
        }
    }

    private static boolean isAuthoritySide(Caller caller, Dossier d) {
        return caller.is(Caller.ADMIN) && !caller.name().equals(d.current().submittedBy());
    }

    private static void requireAuthoritySide(Caller caller, Dossier d) {
        if (!caller.is(Caller.ADMIN)) {
            throw new AccessDeniedException(caller.name() + " does not act for the appraising and approving authority");
        }
        if (caller.name().equals(d.current().submittedBy())) {
            throw new AccessDeniedException(caller.name() + " submitted version " + d.current().number()
                    + " and may not appraise or decide on it");
        }
    }
}
