package vn.gov.moh.soc.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;

/** Syslog header variants, the sshd/pam/sudo messages and access-log variants real servers write. */
class SyslogAndAccessLogFormatsTest {
    private final SyslogParser syslog = new SyslogParser(ZoneId.of("Asia/Ho_Chi_Minh"),
            Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC));
    private final EventReader reader = new EventReader(syslog, new EvtxJsonParser());

    @Test
    void rsyslogHighPrecisionTimeStamps() {
        Event e = syslog.parse("2013-10-30T14:51:30.267401+01:00 srv sshd[12671]: Invalid user opcione from 192.241.237.101");
        assertThat(e.text("@timestamp")).isEqualTo("2013-10-30T13:51:30.267401Z");
        assertThat(e.text("host.name")).isEqualTo("srv");
        assertThat(e.get("process.pid")).isEqualTo(12671L);
        assertThat(e.text("event.action")).isEqualTo("ssh_invalid_user");
        assertThat(e.get("ssh.invalid_user")).isEqualTo(true);

        Event spaced = syslog.parse("2020-03-23 06:47:42.801612-0700  localhost sshd[3186]: error: PAM: unknown user"
                + " for illegal user badguy from 192.168.33.1");
        assertThat(spaced.text("@timestamp")).isEqualTo("2020-03-23T13:47:42.801612Z");
        assertThat(spaced.text("event.action")).isEqualTo("ssh_pam_error");
        assertThat(spaced.text("user.name")).isEqualTo("badguy");
        assertThat(spaced.text("source.ip")).isEqualTo("192.168.33.1");

        Event local = syslog.parse("2026-11-21 10:00:00 his-app-01 sshd[1]: Connection closed by 10.0.0.2 port 1 [preauth]");
        assertThat(local.text("@timestamp")).as("no offset: the configured zone").isEqualTo("2026-11-21T03:00:00Z");

        assertThatThrownBy(() -> syslog.parse("2026-13-45T10:00:00Z h sshd[1]: x"))
                .isInstanceOf(ParseException.class).hasMessageContaining("is not a date");
    }

    @Test
    void linesWithoutAProgram() {
        Event nil = syslog.parse("<34>1 2026-11-21T03:00:00Z his-app-01 - - - - session ended");
        assertThat(nil.has("process.name")).isFalse();
        assertThat(nil.text("message")).isEqualTo("session ended");
        Event untagged = syslog.parse("Jul 27 14:41:57 combo syslogd 1.4.1: restart.");
        assertThat(untagged.has("process.name")).as("RFC 3164 allows a message without a tag").isFalse();
        assertThat(untagged.text("message")).isEqualTo("syslogd 1.4.1: restart.");
        assertThat(untagged.text("host.name")).isEqualTo("combo");
    }

    @Test
    void solarisMessageIdsAndProgramsNamedAfterTheirPamModule() {
        Event solaris = syslog.parse("Aug 18 07:30:25 192.168.1.5 sshd[20247]: [ID 800047 auth.notice] Failed none for"
                + " root from 192.168.1.1 port 36942 ssh2");
        assertThat(solaris.text("log.syslog.msgid")).isEqualTo("800047");
        assertThat(solaris.text("log.syslog.facility.name")).isEqualTo("auth");
        assertThat(solaris.text("event.action")).isEqualTo("ssh_login");
        assertThat(solaris.text("event.outcome")).isEqualTo("failure");

        Event su = syslog.parse("Nov 11 22:46:29 localhost su(pam_unix)[23164]: authentication failure; logname= uid=1342"
                + " euid=0 tty= ruser=dcid rhost=  user=osaudit");
        assertThat(su.text("process.name")).isEqualTo("su");
        assertThat(su.logSource().service()).isEqualTo("su");
        assertThat(su.text("log.syslog.appname")).isEqualTo("su(pam_unix)");
        assertThat(su.text("event.action")).isEqualTo("pam_auth");
        assertThat(su.text("user.name")).isEqualTo("osaudit");
        assertThat(su.text("pam.ruser")).isEqualTo("dcid");
        assertThat(su.has("source.ip")).isFalse();

        Event repeated = syslog.parse("Nov 11 22:46:29 localhost sshd(pam_unix)[15794]: 2 more authentication failures;"
                + " logname= uid=0 euid=0 tty=ssh ruser= rhost=10.0.3.1  user=root");
        assertThat(repeated.get("event.repeated")).isEqualTo(2L);
        assertThat(repeated.text("source.ip")).isEqualTo("10.0.3.1");
        assertThat(repeated.text("pam.service")).isEqualTo("sshd");

        Event unknown = syslog.parse("Nov 11 22:46:29 localhost vsftpd(pam_unix)[25073]: check pass; user unknown");
        assertThat(unknown.text("event.outcome")).isEqualTo("failure");
        assertThat(unknown.get("pam.unknown_user")).isEqualTo(true);
    }

    @Test
    void sshdMessagesBeyondPasswords() {
        assertThat(ssh("error: maximum authentication attempts exceeded for invalid user badguy from 192.168.33.1"
                + " port 55146 ssh2 [preauth]").text("event.action")).isEqualTo("ssh_max_auth_attempts");
        Event denied = ssh("User root from 192.168.33.1 not allowed because listed in DenyUsers");
        assertThat(denied.text("event.action")).isEqualTo("ssh_user_denied");
        assertThat(denied.text("event.reason")).isEqualTo("listed in DenyUsers");
        Event postponed = ssh("Postponed keyboard-interactive for invalid user warez from 192.241.237.101 port 54197 ssh2 [preauth]");
        assertThat(postponed.text("event.outcome")).isEqualTo("failure");
        assertThat(ssh("Postponed publickey for an from 10.0.0.1 port 2 ssh2").text("event.outcome")).isEqualTo("unknown");
        Event gone = ssh("Disconnected from invalid user root 172.18.1.100 port 43042 [preauth]");
        assertThat(gone.text("event.action")).isEqualTo("ssh_disconnect");
        assertThat(gone.get("source.port")).isEqualTo(43042L);
        Event probe = ssh("banner exchange: Connection from 198.51.100.4 port 40000: invalid format");
        assertThat(probe.text("event.action")).isEqualTo("ssh_bad_protocol_version");
        assertThat(probe.text("source.ip")).isEqualTo("198.51.100.4");
        Event masked = ssh("error: maximum authentication attempts exceeded for root from 183.106.179.x port 34100 ssh2");
        assertThat(masked.has("source.ip")).isFalse();
        assertThat(masked.text("source.address")).isEqualTo("183.106.179.x");
    }

    private Event ssh(String message) {
        return syslog.parse("Nov 21 10:00:00 his-app-01 sshd[42]: " + message);
    }

    @Test
    void sudoWithExtraFieldsAndRefusals() {
        Event tsid = syslog.parse("Dec 30 19:36:11 rheltest sudo: cplummer : TTY=pts/2 ; PWD=/home/cplummer1 ; USER=root ;"
                + " TSID=0000UM ; COMMAND=/bin/bash");
        assertThat(tsid.text("process.command_line")).isEqualTo("/bin/bash");
        assertThat(tsid.text("event.outcome")).isEqualTo("success");
        Event refused = syslog.parse("Apr 13 08:36:31 ix sudo:     ddp2 : user NOT in sudoers ; TTY=ttypZ ; PWD=/home/ddp2 ;"
                + " USER=root ; COMMAND=/bin/ls");
        assertThat(refused.text("event.outcome")).isEqualTo("failure");
        assertThat(refused.text("event.reason")).isEqualTo("user NOT in sudoers");
        assertThat(refused.text("user.effective.name")).isEqualTo("root");
    }

    @Test
    void suOfOlderSystems() {
        Event bad = syslog.parse("Apr 27 15:22:23 niban su[234]: BAD SU ger to fwmaster on /dev/ttyp0");
        assertThat(bad.text("event.outcome")).isEqualTo("failure");
        assertThat(bad.text("user.name")).isEqualTo("ger");
        assertThat(bad.text("user.effective.name")).isEqualTo("fwmaster");
        Event shadow = syslog.parse("Apr 27 15:22:23 niban su[2921936]: failed: ttyq4 changing from ldap to root");
        assertThat(shadow.text("event.outcome")).isEqualTo("failure");
        assertThat(shadow.text("user.effective.name")).isEqualTo("root");
        Event ok = syslog.parse("Apr 22 17:51:51 enigma su: dcid to root on /dev/ttyp1");
        assertThat(ok.text("event.outcome")).isEqualTo("success");
        assertThat(ok.text("user.name")).isEqualTo("dcid");
    }

    @Test
    void accessLogVariants() {
        Event vhost = reader.parseLine("www.example.com:80 1.1.1.1 - - [12/Mar/2019:10:09:12 +0000] \"GET /a?b=1 HTTP/1.1\""
                + " 200 10345 \"https://www.example.com\" \"Mozilla/5.0\" \"-\" \"XIeFSOin2ac7y0KragEaGwAAAAM\"",
                InputFormat.AUTO);
        assertThat(vhost.text("url.domain")).isEqualTo("www.example.com");
        assertThat(vhost.get("destination.port")).isEqualTo(80L);
        assertThat(vhost.text("source.ip")).isEqualTo("1.1.1.1");
        assertThat(vhost.text("user_agent.original")).isEqualTo("Mozilla/5.0");

        Event oneDigitDay = reader.parseLine("10.0.0.5 - - [1/Apr/2014:00:00:01 -0500] \"GET / HTTP/1.1\" 403 181 \"-\""
                + " \"ZmEu\"", InputFormat.ACCESS_LOG);
        assertThat(oneDigitDay.text("@timestamp")).isEqualTo("2014-04-01T05:00:01Z");

        Event extraColumn = reader.parseLine("10.11.12.13 - - - [27/Mar/2017:13:40:40 -0700] \"GET /x HTTP/1.0\" 404 982"
                + " \"-\" \"-\"", InputFormat.ACCESS_LOG);
        assertThat(extraColumn.text("source.ip")).isEqualTo("10.11.12.13");
        assertThat(extraColumn.get("http.response.status_code")).isEqualTo(404L);

        Event cut = reader.parseLine("10.0.0.5 - - [1/Apr/2014:00:00:01 -0500] \"POST /gop-y HTTP/1.1\" 403 181 \"-\""
                + " \"Googlebot/1", InputFormat.ACCESS_LOG);
        assertThat(cut.text("user_agent.original")).as("cut short before the closing quote").isEqualTo("Googlebot/1");
    }

    @Test
    void accessLogLinesSentToSyslogAreWebEvents() {
        Event e = reader.parseLine("Jan 11 10:13:05 web01 nginx: 10.10.10.11 - - [10/Apr/2017:13:18:05 -0700]"
                + " \"GET /injection/%0d%0aSet-Cookie HTTP/1.1\" 404 271 \"-\"  \"Mozilla/5.0 (Windows NT 6.1)\"",
                InputFormat.AUTO);
        assertThat(e.logSource().categories()).isEqualTo(Set.of("webserver"));
        assertThat(e.text("host.name")).isEqualTo("web01");
        assertThat(e.text("process.name")).isEqualTo("nginx");
        assertThat(e.text("url.path")).isEqualTo("/injection/%0d%0aSet-Cookie");
        assertThat(e.text("@timestamp")).as("the request's time").isEqualTo("2017-04-10T20:18:05Z");
        assertThat(e.text("user_agent.original")).isEqualTo("Mozilla/5.0 (Windows NT 6.1)");
        assertThat(e.text("event.original")).startsWith("Jan 11 10:13:05 web01 nginx: ");

        Event notAccess = reader.parseLine("Jan 11 10:13:05 web01 nginx: worker process 42 exited on signal 9", InputFormat.AUTO);
        assertThat(notAccess.logSource().categories()).isEmpty();
        assertThat(notAccess.text("message")).isEqualTo("worker process 42 exited on signal 9");
    }
}
