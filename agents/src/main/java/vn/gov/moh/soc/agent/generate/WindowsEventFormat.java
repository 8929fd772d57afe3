package vn.gov.moh.soc.agent.generate;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Windows events as the evtx-to-JSON exporters write them ({@code {"Event":{"#attributes":...,
 * "System":{...},"EventData":{...}}}}, the shape of SigmaHQ's regression data), one object per
 * line: Sysmon process creation (1) and Security logon (4624), failed logon (4625), logoff (4634)
 * and process creation (4688). Keeps each computer's event record numbers, which grow per channel.
 */
final class WindowsEventFormat {
    private static final String SYSMON = "Microsoft-Windows-Sysmon/Operational";
    private static final String SECURITY_PROVIDER = "\"Provider\":{\"#attributes\":{\"Name\":\"Microsoft-Windows-Security-Auditing\",\"Guid\":\"54849625-5478-4994-A5BA-3E3B0328C30D\"}}";
    private static final String SYSMON_PROVIDER = "\"Provider\":{\"#attributes\":{\"Name\":\"Microsoft-Windows-Sysmon\",\"Guid\":\"5770385F-C22A-43E0-BF4C-06F5698FFBD9\"}}";
    private static final String AUDIT_SUCCESS = "0x8020000000000000";
    private static final String AUDIT_FAILURE = "0x8010000000000000";

    /** What stays the same for a computer, and its growing record numbers. */
    private static final class Computer {
        final long machine;
        final String activityId;
        final int lsassPid;
        final int sysmonPid;
        long securityRecord;
        long sysmonRecord;

        Computer(Host h) {
            long hash = Stable.hash(h.fqdn());
            machine = hash & 0xFFFFFFFFL;
            securityRecord = 200_000 + Stable.below(hash, 5_000_000);
            sysmonRecord = 10_000 + Stable.below(hash >>> 20, 900_000);
            lsassPid = 600 + 4 * Stable.below(hash >>> 7, 150);
            sysmonPid = 2000 + 4 * Stable.below(hash >>> 13, 1500);
            activityId = Hex.appendGuid(new StringBuilder(36), Stable.hash(h.fqdn() + "#activity"),
                    Stable.hash(h.fqdn() + "#boot"), true).toString();
        }
    }

    private final TimeText time;
    private final Map<Host, Computer> computers = new IdentityHashMap<>();

    WindowsEventFormat(TimeText time) {
        this.time = time;
    }

    private Computer computer(Host host) {
        Computer c = computers.get(host);
        if (c == null) {
            c = new Computer(host);
            computers.put(host, c);
        }
        return c;
    }

    private StringBuilder system(StringBuilder sb, long nanos, Host host, boolean sysmon, int eventId, int version,
            int task, boolean success, int threadSeed) {
        Computer c = computer(host);
        sb.append("{\"Event\":{\"#attributes\":{\"xmlns\":\"http://schemas.microsoft.com/win/2004/08/events/event\"},\"System\":{")
                .append(sysmon ? SYSMON_PROVIDER : SECURITY_PROVIDER)
                .append(",\"EventID\":").append(eventId)
                .append(",\"Version\":").append(version)
                .append(",\"Level\":").append(sysmon ? 4 : 0)
                .append(",\"Task\":").append(task)
                .append(",\"Opcode\":0,\"Keywords\":\"")
                .append(sysmon ? "0x8000000000000000" : success ? AUDIT_SUCCESS : AUDIT_FAILURE)
                .append("\",\"TimeCreated\":{\"#attributes\":{\"SystemTime\":\"");
        time.utcIsoMicros(sb, nanos);
        sb.append("\"}},\"EventRecordID\":").append(sysmon ? c.sysmonRecord++ : c.securityRecord++);
        if (sysmon) {
            sb.append(",\"Correlation\":null");
        } else {
            sb.append(",\"Correlation\":{\"#attributes\":{\"ActivityID\":\"").append(c.activityId).append("\"}}");
        }
        int pid = sysmon ? c.sysmonPid : c.lsassPid;
        sb.append(",\"Execution\":{\"#attributes\":{\"ProcessID\":").append(pid)
                .append(",\"ThreadID\":").append(pid + 4 + 4 * (threadSeed & 63))
                .append("}},\"Channel\":\"").append(sysmon ? SYSMON : "Security")
                .append("\",\"Computer\":\"").append(host.fqdn()).append('"');
        if (sysmon) {
            sb.append(",\"Security\":{\"#attributes\":{\"UserID\":\"S-1-5-18\"}}},\"EventData\":{");
        } else {
            sb.append(",\"Security\":null},\"EventData\":{");
        }
        return sb;
    }

    private static StringBuilder field(StringBuilder sb, String name, CharSequence rawValue) {
        sb.append('"').append(name).append("\":\"");
        JsonText.appendEscaped(sb, rawValue);
        return sb.append("\",");
    }

    private static StringBuilder jsonField(StringBuilder sb, String name, String escapedValue) {
        return sb.append('"').append(name).append("\":\"").append(escapedValue).append("\",");
    }

    private static StringBuilder number(StringBuilder sb, String name, long value) {
        return sb.append('"').append(name).append("\":").append(value).append(',');
    }

    private static StringBuilder hexField(StringBuilder sb, String name, long value) {
        sb.append('"').append(name).append("\":\"");
        Hex.appendShort(sb, value);
        return sb.append("\",");
    }

    private static void close(StringBuilder sb) {
        sb.setLength(sb.length() - 1);
        sb.append("}}}");
    }

    /** The Sysmon process GUID of a process on a computer: machine part, then time and pid. */
    private void processGuid(StringBuilder sb, Host host, long nanos, int pid) {
        long machine = computer(host).machine;
        long seconds = nanos / 1_000_000_000L;
        Hex.appendGuid(sb, machine << 32 | (seconds & 0xFFFFFFFFL), (long) pid << 32 | 0x800L, true);
    }

    /** Sysmon event 1: a process was created. */
    void sysmonProcessCreate(StringBuilder sb, long nanos, Host host, ProcessLaunch p) {
        system(sb, nanos, host, true, 1, 5, 1, true, p.pid);
        sb.append("\"RuleName\":\"-\",\"UtcTime\":\"");
        time.sysmonUtc(sb, nanos);
        sb.append("\",\"ProcessGuid\":\"");
        processGuid(sb, host, nanos, p.pid);
        sb.append("\",");
        number(sb, "ProcessId", p.pid);
        jsonField(sb, "Image", p.program.imageJson);
        jsonField(sb, "FileVersion", p.program.fileVersionJson);
        jsonField(sb, "Description", p.program.descriptionJson);
        jsonField(sb, "Product", p.program.productJson);
        jsonField(sb, "Company", p.program.companyJson);
        jsonField(sb, "OriginalFileName", p.program.originalFileNameJson);
        field(sb, "CommandLine", p.commandLine);
        field(sb, "CurrentDirectory", p.currentDirectory);
        sb.append("\"User\":\"");
        JsonText.appendEscaped(sb, p.domain);
        sb.append("\\\\");
        JsonText.appendEscaped(sb, p.account);
        sb.append("\",\"LogonGuid\":\"");
        Hex.appendGuid(sb, computer(host).machine << 32 | (p.logonId & 0xFFFFFFFFL), p.logonId, true);
        sb.append("\",");
        hexField(sb, "LogonId", p.logonId);
        number(sb, "TerminalSessionId", p.terminalSession);
        field(sb, "IntegrityLevel", p.integrity);
        jsonField(sb, "Hashes", p.program.hashes);
        sb.append("\"ParentProcessGuid\":\"");
        processGuid(sb, host, nanos - 3_600_000_000_000L, p.parentPid);
        sb.append("\",");
        number(sb, "ParentProcessId", p.parentPid);
        jsonField(sb, "ParentImage", p.parent.imageJson);
        field(sb, "ParentCommandLine", p.parentCommandLine);
        sb.append("\"ParentUser\":\"");
        JsonText.appendEscaped(sb, p.domain);
        sb.append("\\\\");
        JsonText.appendEscaped(sb, p.account);
        sb.append("\",");
        close(sb);
    }

    /** Security event 4688: a new process has been created. */
    void securityProcessCreate(StringBuilder sb, long nanos, Host host, ProcessLaunch p) {
        system(sb, nanos, host, false, 4688, 2, 13312, true, p.pid);
        field(sb, "SubjectUserSid", p.accountSid);
        field(sb, "SubjectUserName", p.account);
        field(sb, "SubjectDomainName", p.domain);
        hexField(sb, "SubjectLogonId", p.logonId);
        hexField(sb, "NewProcessId", p.pid);
        jsonField(sb, "NewProcessName", p.program.imageJson);
        jsonField(sb, "TokenElevationType", "High".equals(p.integrity) ? "%%1937" : "%%1936");
        hexField(sb, "ProcessId", p.parentPid);
        field(sb, "CommandLine", p.commandLine);
        sb.append("\"TargetUserSid\":\"S-1-0-0\",\"TargetUserName\":\"-\",\"TargetDomainName\":\"-\",\"TargetLogonId\":\"0x0\",");
        jsonField(sb, "ParentProcessName", p.parent.imageJson);
        jsonField(sb, "MandatoryLabel", switch (p.integrity) {
            case "High" -> "S-1-16-12288";
            case "System" -> "S-1-16-16384";
            default -> "S-1-16-8192";
        });
        close(sb);
    }

    private static void machineSubject(StringBuilder sb, Host host, String domain) {
        sb.append("\"SubjectUserSid\":\"S-1-5-18\",\"SubjectUserName\":\"").append(host.name()).append("$\",");
        field(sb, "SubjectDomainName", domain);
        sb.append("\"SubjectLogonId\":\"0x3e7\",");
    }

    private static String logonProcess(int type) {
        return type == 3 ? "Kerberos" : "User32 ";
    }

    private static String callerProcess(int type) {
        return switch (type) {
            case 2 -> "C:\\\\Windows\\\\System32\\\\winlogon.exe";
            case 10 -> "C:\\\\Windows\\\\System32\\\\svchost.exe";
            default -> "-";
        };
    }

    /** Security event 4624: an account was successfully logged on. */
    void logon(StringBuilder sb, long nanos, Host host, WindowsLogon l) {
        system(sb, nanos, host, false, 4624, 2, 12544, true, (int) l.logonId);
        machineSubject(sb, host, l.domain);
        field(sb, "TargetUserSid", l.accountSid);
        field(sb, "TargetUserName", l.account);
        field(sb, "TargetDomainName", l.domain);
        hexField(sb, "TargetLogonId", l.logonId);
        number(sb, "LogonType", l.logonType);
        field(sb, "LogonProcessName", logonProcess(l.logonType));
        field(sb, "AuthenticationPackageName", l.logonType == 3 ? "Kerberos" : "Negotiate");
        field(sb, "WorkstationName", l.workstationName);
        sb.append("\"LogonGuid\":\"");
        Hex.appendGuid(sb, Stable.mix(l.logonId), Stable.mix(~l.logonId), true);
        sb.append("\",\"TransmittedServices\":\"-\",\"LmPackageName\":\"-\",\"KeyLength\":0,");
        int lsass = computer(host).lsassPid;
        hexField(sb, "ProcessId", l.logonType == 3 ? 0 : l.logonType == 2 ? lsass - 88 : lsass + 412);
        jsonField(sb, "ProcessName", callerProcess(l.logonType));
        field(sb, "IpAddress", l.ip);
        sb.append("\"IpPort\":\"").append(l.port).append("\",");
        sb.append("\"ImpersonationLevel\":\"%%1833\",\"RestrictedAdminMode\":\"")
                .append(l.logonType == 10 ? "%%1843" : "-")
                .append("\",\"TargetOutboundUserName\":\"-\",\"TargetOutboundDomainName\":\"-\",\"VirtualAccount\":\"%%1843\",\"TargetLinkedLogonId\":\"0x0\",\"ElevatedToken\":\"")
                .append(l.elevated ? "%%1842" : "%%1843").append("\",");
        close(sb);
    }

    /** Security event 4625: an account failed to log on (bad password). */
    void failedLogon(StringBuilder sb, long nanos, Host host, WindowsLogon l) {
        system(sb, nanos, host, false, 4625, 0, 12544, false, l.port);
        machineSubject(sb, host, l.domain);
        sb.append("\"TargetUserSid\":\"S-1-0-0\",");
        field(sb, "TargetUserName", l.account);
        field(sb, "TargetDomainName", l.domain);
        sb.append("\"Status\":\"0xc000006d\",\"FailureReason\":\"%%2313\",\"SubStatus\":\"0xc000006a\",");
        number(sb, "LogonType", l.logonType);
        field(sb, "LogonProcessName", logonProcess(l.logonType));
        sb.append("\"AuthenticationPackageName\":\"Negotiate\",");
        field(sb, "WorkstationName", l.workstationName);
        sb.append("\"TransmittedServices\":\"-\",\"LmPackageName\":\"-\",\"KeyLength\":0,");
        int lsass = computer(host).lsassPid;
        hexField(sb, "ProcessId", l.logonType == 3 ? 0 : l.logonType == 2 ? lsass - 88 : lsass + 412);
        jsonField(sb, "ProcessName", callerProcess(l.logonType));
        field(sb, "IpAddress", l.ip);
        sb.append("\"IpPort\":\"").append(l.port).append("\",");
        close(sb);
    }

    /** Security event 4634: an account was logged off. */
    void logoff(StringBuilder sb, long nanos, Host host, WindowsLogon l) {
        system(sb, nanos, host, false, 4634, 0, 12545, true, (int) l.logonId);
        field(sb, "TargetUserSid", l.accountSid);
        field(sb, "TargetUserName", l.account);
        field(sb, "TargetDomainName", l.domain);
        hexField(sb, "TargetLogonId", l.logonId);
        number(sb, "LogonType", l.logonType);
        close(sb);
    }
}
