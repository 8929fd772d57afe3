package vn.gov.moh.soc.portal.application.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import vn.gov.moh.soc.core.naming.Topic;
import vn.gov.moh.soc.portal.application.AccessDeniedException;
import vn.gov.moh.soc.portal.application.Caller;
import vn.gov.moh.soc.portal.application.InvalidFieldException;
import vn.gov.moh.soc.portal.application.NotFoundException;
import vn.gov.moh.soc.portal.domain.model.audit.AuditTrail;

/**
 * The rules' use cases: SOC analysts and administrators publish and disable, auditors read. A
 * change is validated first, then stored, audited and put in the outbox in one transaction (the
 * outbox row after the audit record, whose head-row lock orders concurrent changes: see {@link Outbox}).
 */
@ApplicationScoped
@Transactional
public class RuleService {
    /**
     * A disabled rule is a record with an empty value, not a tombstone: compaction removes
     * tombstones after a while, and a job started afresh would then run a rule of its own files again.
     */
    static final byte[] DISABLED = new byte[0];
    /** The kind of a rule of the job's files that the portal disabled by id. */
    static final String EXTERNAL = "external";
    private static final java.util.regex.Pattern EXTERNAL_ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");
    private final Clock clock = Clock.systemUTC();

    /** A published rule, and whether it is new to the portal. */
    public record Publication(PublishedRule rule, boolean created) {
    }

    @Inject
    PublishedRuleRepository rules;
    @Inject
    Outbox outbox;
    @Inject
    AuditTrail audit;

    public List<PublishedRule> list(Caller caller) {
        requireRead(caller);
        return rules.all();
    }

    public PublishedRule read(Caller caller, String id) {
        requireRead(caller);
        return rules.find(id).orElseThrow(() -> new NotFoundException("no published rule " + id));
    }

    /**
     * Checks a rule as {@link #publish} would, without storing or sending anything (the rules page's
     * "validate" button); only those who may publish.
     *
     * @throws InvalidRuleException with every problem and its line
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RuleValidation.ValidRule validate(Caller caller, String yaml, String expectedId) {
        requireWrite(caller);
        return RuleValidation.validate(yaml, expectedId);
    }

    /**
     * Validates and publishes a rule (add, or replace the one of the same id, enabling it again).
     *
     * @param expectedId the id of the rule being edited, null for an upload
     * @throws InvalidRuleException when soc-core's engine refuses it; nothing is stored or sent
     */
    public Publication publish(Caller caller, String yaml, String expectedId) {
        requireWrite(caller);
        RuleValidation.ValidRule valid = RuleValidation.validate(yaml, expectedId);
        PublishedRule before = rules.find(valid.id()).orElse(null);
        PublishedRule rule = new PublishedRule(valid.id(), valid.kind(), valid.title(), valid.level(), valid.yaml(), true,
                caller.name(), clock.instant());
        rules.save(rule);
        audit.append(caller.name(), "rule.publish", "rule", rule.id(), json(before), json(rule));
        outbox.append(Topic.RULES, rule.id(), rule.yaml().getBytes(StandardCharsets.UTF_8));
        return new Publication(rule, before == null);
    }

    /**
     * Disables a rule: one the portal published, or one of the job's own rule files, by its id (kept
     * as kind {@code external}, without YAML, so that it stays listed and is republished). Disabling
     * a disabled rule changes nothing and records nothing.
     */
    public PublishedRule disable(Caller caller, String id) {
        requireWrite(caller);
        PublishedRule before = rules.find(id).orElse(null);
        if (before != null && !before.enabled()) {
            return before;
        }
        if (before == null && !EXTERNAL_ID.matcher(id).matches()) {
            throw new InvalidFieldException("id", "'" + id + "' is not a rule id (1 to 200 letters, digits, '.', '_', ':' or '-')");
        }
        PublishedRule rule = before == null
                ? new PublishedRule(id, EXTERNAL, id, null, "", false, caller.name(), clock.instant())
                : new PublishedRule(before.id(), before.kind(), before.title(), before.level(), before.yaml(), false,
                caller.name(), clock.instant());
        rules.save(rule);
        audit.append(caller.name(), "rule.disable", "rule", id, json(before), json(rule));
        outbox.append(Topic.RULES, id, DISABLED);
        return rule;
    }

    /** Records every published rule again, as it stands; returns how many. */
    public int republishAll() {
        List<PublishedRule> all = rules.all();
        for (PublishedRule r : all) {
            outbox.append(Topic.RULES, r.id(), r.enabled() ? r.yaml().getBytes(StandardCharsets.UTF_8) : DISABLED);
        }
        return all.size();
    }

    private static String json(PublishedRule r) {
        return r == null ? null : Json.createObjectBuilder().add("id", r.id()).add("enabled", r.enabled())
                .add("yaml", r.yaml()).build().toString();
    }

    static void requireRead(Caller caller) {
        if (!(caller.is(Caller.ANALYST) || caller.is(Caller.ADMIN) || caller.is(Caller.AUDITOR))) {
            throw new AccessDeniedException("only SOC analysts, administrators and auditors see the rules");
        }
    }

    static void requireWrite(Caller caller) {
        if (!(caller.is(Caller.ANALYST) || caller.is(Caller.ADMIN))) {
            throw new AccessDeniedException("only SOC analysts and administrators change the rules");
        }
    }
}
