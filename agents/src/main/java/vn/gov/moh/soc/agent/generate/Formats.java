package vn.gov.moh.soc.agent.generate;

import java.util.List;

/**
 * The writers of every stream's lines, shared by normal traffic and scenarios so that both write
 * identical shapes (and Windows record numbers keep growing in order). One per generator.
 */
final class Formats {
    final TimeText time = new TimeText();
    final SyslogAuthFormat auth = new SyslogAuthFormat(time);
    final AccessLogFormat access = new AccessLogFormat(time);
    final WindowsEventFormat windows = new WindowsEventFormat(time);
    final AuditEventFormat audit;
    final FirewallLogFormat firewall;

    Formats(List<HospitalUnit> units, long startNanos) {
        this.audit = new AuditEventFormat(time, units);
        this.firewall = new FirewallLogFormat(time, startNanos);
    }
}
