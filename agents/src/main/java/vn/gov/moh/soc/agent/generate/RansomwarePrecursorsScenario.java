package vn.gov.moh.soc.agent.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What ransomware operators do on a Windows machine just before encrypting it: an RDP logon
 * from outside with a stolen administrator account, an elevated command prompt, then shadow copies
 * deleted (vssadmin, wmic), boot recovery disabled (bcdedit) and the backup catalog deleted
 * (wbadmin), each process logged by Sysmon (event 1) and by the Security log (4688).
 */
final class RansomwarePrecursorsScenario implements Scenario {
    /** Program and the command line it is started with. */
    private record Command(WindowsProgram program, String commandLine) {
    }

    private static final List<Command> COMMANDS = List.of(
            new Command(WindowsProgram.VSSADMIN, "vssadmin.exe delete shadows /all /quiet"),
            new Command(WindowsProgram.WMIC, "wmic  shadowcopy delete"),
            new Command(WindowsProgram.BCDEDIT, "bcdedit.exe /set {default} recoveryenabled no"),
            new Command(WindowsProgram.BCDEDIT, "bcdedit.exe /set {default} bootstatuspolicy ignoreallfailures"),
            new Command(WindowsProgram.WBADMIN, "wbadmin.exe delete catalog -quiet"));

    @Override
    public ScenarioPlan plan(ScenarioContext c) {
        SplittableRandom rng = c.rng();
        HospitalUnit u = c.unit();
        Host host = rng.nextBoolean() ? u.windowsServers().get(2) // FS01, the file server
                : u.workstations().get(rng.nextInt(u.workstations().size()));
        Staff admin = u.staff(StaffRole.IT_ADMIN).get(rng.nextInt(u.staff(StaffRole.IT_ADMIN).size()));
        String ip = Addresses.attacker(rng);
        String sid = u.domainSid() + "-" + admin.rid();
        long logonId = 0x4000000L + rng.nextInt(0x3FFFFFF);
        StringBuilder client = new StringBuilder("DESKTOP-");
        for (int i = 0; i < 7; i++) {
            client.append("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789".charAt(rng.nextInt(34)));
        }
        String clientName = client.toString();
        int port = 49152 + rng.nextInt(16000);
        ScenarioPlan.Builder plan = new ScenarioPlan.Builder();
        plan.add(c.at(0), TelemetryStream.WINDOWS, (sb, f, n) -> {
            WindowsLogon l = new WindowsLogon();
            l.account = admin.account();
            l.domain = u.netbiosDomain();
            l.accountSid = sid;
            l.logonId = logonId;
            l.logonType = 10;
            l.ip = ip;
            l.port = port;
            l.workstationName = clientName;
            l.elevated = true;
            f.windows.logon(sb, n, host, l);
        });
        int cmdPid = 4000 + 4 * rng.nextInt(2000);
        int explorerPid = 3000 + 4 * rng.nextInt(500);
        double t = 25 + rng.nextDouble() * 30;
        addProcess(plan, c.at(t), host, launch(u, admin, sid, logonId, WindowsProgram.CMD,
                "\"C:\\Windows\\system32\\cmd.exe\"", cmdPid, WindowsProgram.EXPLORER, "C:\\Windows\\Explorer.EXE",
                explorerPid));
        for (Command command : COMMANDS) {
            t += 4 + rng.nextDouble() * 15;
            addProcess(plan, c.at(t), host, launch(u, admin, sid, logonId, command.program(), command.commandLine(),
                    4000 + 4 * rng.nextInt(4000), WindowsProgram.CMD, "\"C:\\Windows\\system32\\cmd.exe\"", cmdPid));
        }
        return plan.build(c, ip, admin.account(), host.fqdn(), List.of());
    }

    private static void addProcess(ScenarioPlan.Builder plan, long nanos, Host host, ProcessLaunch p) {
        plan.add(nanos, TelemetryStream.WINDOWS, (sb, f, n) -> f.windows.sysmonProcessCreate(sb, n, host, p));
        plan.add(nanos + 1_000_000, TelemetryStream.WINDOWS, (sb, f, n) -> f.windows.securityProcessCreate(sb, n, host, p));
    }

    private static ProcessLaunch launch(HospitalUnit u, Staff admin, String sid, long logonId, WindowsProgram program,
            String commandLine, int pid, WindowsProgram parent, String parentCommandLine, int parentPid) {
        ProcessLaunch p = new ProcessLaunch();
        p.program = program;
        p.commandLine = commandLine;
        p.currentDirectory = "C:\\Windows\\system32\\";
        p.parent = parent;
        p.parentCommandLine = parentCommandLine;
        p.account = admin.account();
        p.domain = u.netbiosDomain();
        p.accountSid = sid;
        p.logonId = logonId;
        p.pid = pid;
        p.parentPid = parentPid;
        p.terminalSession = 2;
        p.integrity = "High";
        return p;
    }
}
