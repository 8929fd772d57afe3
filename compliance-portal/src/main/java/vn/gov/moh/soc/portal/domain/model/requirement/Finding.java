package vn.gov.moh.soc.portal.domain.model.requirement;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * What the officer states about one requirement: the status, the evidence (a text, a link to a
 * document, or both), who owns the requirement for the system, and for "not applicable" the reason.
 * Evidence is required for a compliant or partial status: a claim without it cannot be checked.
 */
public record Finding(AssessmentStatus status, String evidence, String evidenceLink, String owner, String reason) {
    public static final int MAX_TEXT = 4000;
    public static final int MIN_REASON = 10;

    public Finding {
        Objects.requireNonNull(status, "status");
        evidence = blankToNull(evidence);
        evidenceLink = blankToNull(evidenceLink);
        owner = blankToNull(owner);
        reason = blankToNull(reason);
    }

    /** The first field that is wrong and why, or null when the finding holds. Names are the request's fields. */
    public Problem problem() {
        if (owner == null) {
            return new Problem("owner", "name who owns this requirement for the system");
        }
        if (owner.length() > 200) {
            return new Problem("owner", "the owner is at most 200 characters");
        }
        for (String[] f : new String[][] {{"evidence", evidence}, {"reason", reason}}) {
            if (f[1] != null && f[1].length() > MAX_TEXT) {
                return new Problem(f[0], f[0] + " is at most " + MAX_TEXT + " characters");
            }
        }
        if (evidenceLink != null) {
            String bad = linkProblem(evidenceLink);
            if (bad != null) {
                return new Problem("evidenceLink", bad);
            }
        }
        if ((status == AssessmentStatus.COMPLIANT || status == AssessmentStatus.PARTIAL) && evidence == null && evidenceLink == null) {
            return new Problem("evidence", "a " + status.name().toLowerCase(Locale.ROOT) + " status needs evidence: a text or a link");
        }
        if (status == AssessmentStatus.NOT_APPLICABLE && (reason == null || reason.length() < MIN_REASON)) {
            return new Problem("reason", "\"not applicable\" needs a reason of at least " + MIN_REASON + " characters");
        }
        return null;
    }

    private static String linkProblem(String link) {
        if (link.length() > 2000) {
            return "the evidence link is at most 2000 characters";
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
                return "the evidence link is an http(s) address with a host: " + link;
            }
            return null;
        } catch (URISyntaxException e) {
            return "the evidence link is not an address: " + e.getMessage();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A field of the finding that does not hold. */
    public record Problem(String field, String message) {
    }
}
