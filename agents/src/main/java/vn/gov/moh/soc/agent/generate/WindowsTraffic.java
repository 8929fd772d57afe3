package vn.gov.moh.soc.agent.generate;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Normal Windows activity of a unit: staff starting the HIS client, browsers, Office and PDF
 * readers on their workstations (Sysmon 1 and Security 4688), services starting on servers,
 * logons to workstations, file servers and (for IT staff) RDP to servers, logoffs, and rare
 * mistyped passwords, at most one per account per ten minutes.
 */
final class WindowsTraffic implements Traffic {
    private static final long FAILURE_SPACING_NANOS = 11 * 60 * 1_000_000_000L;

    private static final long SECOND = 1_000_000_000L;
    /** Open logons kept per unit; beyond this the earliest logs off ahead of its time (bounded memory at high rates). */
    private static final int MAX_OPEN = 512;

    /** A logon whose logoff is still to be written, at {@code due}. */
    private record OpenLogon(long due, long order, Host host, Staff staff, long logonId, int logonType) {
    }

    private final HospitalUnit[] units;
    private final WindowsEventFormat format;
    private final ProcessLaunch launch = new ProcessLaunch();
    private final WindowsLogon logon = new WindowsLogon();
    private final List<PriorityQueue<OpenLogon>> open;
    private long order;
    private final List<Map<String, Long>> lastFailure;
    private final StringBuilder cmd = new StringBuilder(256);
    /** The workstation of the last user process filled in. */
    private Host launchHost;

    WindowsTraffic(List<HospitalUnit> units, Formats formats) {
        this.units = units.toArray(new HospitalUnit[0]);
        this.format = formats.windows;
        this.open = units.stream().map(u -> new PriorityQueue<OpenLogon>(
                Comparator.comparingLong(OpenLogon::due).thenComparingLong(OpenLogon::order))).toList();
        this.lastFailure = units.stream().map(u -> (Map<String, Long>) new HashMap<String, Long>()).toList();
    }

    @Override
    public void next(StringBuilder sb, int unit, long nanos, int localHour, SplittableRandom rng) {
        HospitalUnit u = units[unit];
        PriorityQueue<OpenLogon> logons = open.get(unit);
        if (!logons.isEmpty() && (logons.peek().due() <= nanos || logons.size() > MAX_OPEN)) {
            OpenLogon l = logons.poll();
            fillLogon(u, l.staff, l.host, l.logonType, rng);
            logon.logonId = l.logonId;
            format.logoff(sb, nanos, l.host, logon);
            return;
        }
        int r = rng.nextInt(100);
        if (r < 45) {
            userProcess(u, rng, nanos);
            format.sysmonProcessCreate(sb, nanos, launchHost, launch);
        } else if (r < 60) {
            userProcess(u, rng, nanos);
            format.securityProcessCreate(sb, nanos, launchHost, launch);
        } else if (r < 68) {
            Host server = u.windowsServers().get(rng.nextInt(u.windowsServers().size()));
            serviceProcess(rng);
            format.sysmonProcessCreate(sb, nanos, server, launch);
        } else {
            Staff s = u.staff().get(rng.nextInt(u.staff().size()));
            Host host;
            int type;
            long lasts;
            int kind = rng.nextInt(10);
            if (kind < 5) {
                host = u.windowsServers().get(2); // FS01: mapped drives and shared folders
                type = 3;
                lasts = (30 + rng.nextInt(900)) * SECOND;
            } else if (kind < 9 || s.role() != StaffRole.IT_ADMIN) {
                host = s.workstation();
                type = 2;
                lasts = (600 + rng.nextInt(4 * 3600)) * SECOND;
            } else {
                host = u.windowsServers().get(rng.nextInt(u.windowsServers().size()));
                type = 10;
                lasts = (300 + rng.nextInt(3600)) * SECOND;
            }
            fillLogon(u, s, host, type, rng);
            if (r >= 97 && type == 2 && mayFail(unit, s.account(), nanos)) {
                format.failedLogon(sb, nanos, host, logon);
                return;
            }
            format.logon(sb, nanos, host, logon);
            logons.add(new OpenLogon(nanos + lasts, order++, host, s, logon.logonId, type));
        }
    }

    private boolean mayFail(int unit, String account, long nanos) {
        Map<String, Long> last = lastFailure.get(unit);
        Long before = last.get(account);
        if (before != null && nanos - before < FAILURE_SPACING_NANOS) {
            return false;
        }
        last.put(account, nanos);
        return true;
    }

    private void fillLogon(HospitalUnit u, Staff s, Host host, int type, SplittableRandom rng) {
        logon.account = s.account();
        logon.domain = u.netbiosDomain();
        logon.accountSid = u.domainSid() + "-" + s.rid();
        logon.logonId = 0x100000L + rng.nextInt(0x3FFFFFF);
        logon.logonType = type;
        logon.ip = type == 2 ? "127.0.0.1" : s.ip();
        logon.port = type == 2 ? 0 : 49152 + rng.nextInt(16000);
        logon.workstationName = s.workstation().name();
        logon.elevated = s.role() == StaffRole.IT_ADMIN;
    }

    private void userProcess(HospitalUnit u, SplittableRandom rng, long nanos) {
        Staff s = u.staff().get(rng.nextInt(u.staff().size()));
        String home = "C:\\Users\\" + s.account();
        launchHost = s.workstation();
        launch.account = s.account();
        launch.domain = u.netbiosDomain();
        launch.accountSid = u.domainSid() + "-" + s.rid();
        launch.logonId = 0x100000L + Stable.below(Stable.hash(s.account()) ^ nanos / 3_600_000_000_000L, 0x3FFFFFF);
        launch.pid = 1000 + 4 * rng.nextInt(4000);
        launch.parentPid = 3000 + 4 * Stable.below(Stable.hash(s.account()), 1000);
        launch.terminalSession = 1;
        launch.integrity = "Medium";
        launch.parent = WindowsProgram.EXPLORER;
        launch.parentCommandLine = "C:\\Windows\\Explorer.EXE";
        cmd.setLength(0);
        WindowsProgram p;
        String dir = home + "\\";
        int r = rng.nextInt(100);
        if (r < 30) {
            p = WindowsProgram.HIS_CLIENT;
            cmd.append('"').append(p.image).append("\" /server=his-app-01.").append(u.domain()).append(" /khoa=")
                    .append(s.department().code());
            dir = "C:\\Program Files\\HIS Client\\";
        } else if (r < 50) {
            p = rng.nextInt(3) == 0 ? WindowsProgram.EDGE : WindowsProgram.CHROME;
            cmd.append('"').append(p.image).append('"');
            if (rng.nextBoolean()) {
                cmd.append(" https://").append(u.portal()).append("/his/");
            }
            dir = p.image.substring(0, p.image.lastIndexOf('\\') + 1);
        } else if (r < 65) {
            p = WindowsProgram.EXCEL;
            cmd.append('"').append(p.image).append("\" \"D:\\BaoCao\\BaoCao_").append(s.department().hostPrefix())
                    .append("_Thang").append(1 + rng.nextInt(12)).append(".xlsx\"");
            dir = "D:\\BaoCao\\";
        } else if (r < 77) {
            p = WindowsProgram.WORD;
            cmd.append('"').append(p.image).append("\" /n \"").append(home).append("\\Documents\\GiayRaVien_")
                    .append(u.firstPatientId() + rng.nextInt(u.patientCount())).append(".docx\"");
        } else if (r < 87) {
            p = WindowsProgram.ACROBAT;
            cmd.append('"').append(p.image).append("\" \"").append(home).append("\\Downloads\\KetQuaXetNghiem_")
                    .append(2_400_000 + rng.nextInt(600_000)).append(".pdf\"");
        } else if (r < 93 && s.department() == Department.IMAGING) {
            p = WindowsProgram.DICOM_VIEWER;
            cmd.append('"').append(p.image).append("\" /study:CDHA").append(2_400_000 + rng.nextInt(600_000));
            dir = "C:\\Program Files\\DICOM Viewer\\";
        } else {
            p = WindowsProgram.NOTEPAD;
            cmd.append('"').append(p.image).append("\" ").append(home).append("\\Desktop\\ghi-chu.txt");
        }
        launch.program = p;
        launch.commandLine = cmd.toString();
        launch.currentDirectory = dir;
    }

    private void serviceProcess(SplittableRandom rng) {
        launch.account = "SYSTEM";
        launch.domain = "NT AUTHORITY";
        launch.accountSid = "S-1-5-18";
        launch.logonId = 0x3e7;
        launch.pid = 1000 + 4 * rng.nextInt(4000);
        launch.terminalSession = 0;
        launch.integrity = "System";
        if (rng.nextBoolean()) {
            launch.program = WindowsProgram.SVCHOST;
            launch.commandLine = rng.nextBoolean() ? "C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s Schedule"
                    : "C:\\Windows\\System32\\svchost.exe -k LocalServiceNetworkRestricted -p -s EventLog";
            launch.parent = WindowsProgram.SERVICES;
            launch.parentCommandLine = "C:\\Windows\\system32\\services.exe";
            launch.parentPid = 700;
        } else {
            launch.program = WindowsProgram.TASKHOSTW;
            launch.commandLine = "taskhostw.exe Install $(Arg0)";
            launch.parent = WindowsProgram.SVCHOST;
            launch.parentCommandLine = "C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s Schedule";
            launch.parentPid = 1500;
        }
        launch.currentDirectory = "C:\\Windows\\system32\\";
    }
}
