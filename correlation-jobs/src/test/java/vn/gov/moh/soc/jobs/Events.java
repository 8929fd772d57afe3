package vn.gov.moh.soc.jobs;

import vn.gov.moh.soc.core.parse.EventReader;
import vn.gov.moh.soc.jobs.normalize.Normalizer;
import vn.gov.moh.soc.jobs.record.EventRecord;

/** Test events made the way the job makes them: an envelope through the normalizer. */
public final class Events {
    private static final Normalizer NORMALIZER = new Normalizer(new EventReader());

    private Events() {
    }

    public static EventRecord of(String format, long offset, String line) {
        Normalizer.Result result = NORMALIZER.normalize(Envelopes.raw(format, offset, line));
        if (result.event() == null) {
            throw new IllegalArgumentException(result.deadLetter().reason);
        }
        return result.event();
    }

    /** A failed sshd login from the address at the given second of 2026-11-21 10:00 (UTC). */
    public static EventRecord failedLogin(long offset, String ip, int second, String user) {
        return failedLogin("his-app-01", offset, ip, second, user);
    }

    /** The same on the given host. */
    public static EventRecord failedLogin(String host, long offset, String ip, int second, String user) {
        return of("syslog", offset, String.format("<38>1 2026-11-21T10:%02d:%02dZ %s sshd 812 - - "
                + "Failed password for %s from %s port %d ssh2", second / 60, second % 60, host, user, ip, 40000 + offset));
    }

    /** The same failed login shipped by an agent as telemetry of the drill {@code drill}. */
    public static EventRecord drillFailedLogin(String drill, long offset, String ip, int second) {
        String line = String.format("<38>1 2026-11-21T10:%02d:%02dZ his-app-01 sshd 812 - - "
                + "Failed password for root from %s port %d ssh2", second / 60, second % 60, ip, 40000 + offset);
        Normalizer.Result result = NORMALIZER.normalize(Envelopes.raw(offset, vn.gov.moh.soc.core.envelope.EnvelopeJson
                .write(Envelopes.envelope("his-app-01", "syslog", offset, line).withDrill(drill))));
        return result.event();
    }
}
