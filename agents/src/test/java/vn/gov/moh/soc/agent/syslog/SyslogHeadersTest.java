package vn.gov.moh.soc.agent.syslog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.parse.SyslogParser;

class SyslogHeadersTest {
    private final SyslogHeaders headers = new SyslogHeaders(new SyslogParser());

    @Test
    void readsRfc3164() {
        assertThat(headers.read("<38>Nov 21 10:00:00 his-web-01 sshd[4242]: Accepted password for an from 10.1.2.3 port 5 ssh2"))
                .contains(new SyslogHeaders.Header("his-web-01", "sshd", 4, 6));
    }

    @Test
    void readsRfc5424() {
        assertThat(headers.read("<165>1 2026-11-21T10:00:00.123+07:00 emr-db.bvbm.local postgres 77 ID47 "
                + "[meta seq=\"1\"] connection authorized")).contains(
                        new SyslogHeaders.Header("emr-db.bvbm.local", "postgres", 20, 5));
    }

    @Test
    void aNilHostnameGivesNoHost() {
        assertThat(headers.read("<14>1 2026-11-21T10:00:00Z - app - - - hi")).contains(
                new SyslogHeaders.Header(null, "app", 1, 6));
    }

    @Test
    void aHostnameThatIsNotAHostIsIgnored() {
        // A BSD sender that leaves HOSTNAME out: the tag lands where the host should be.
        assertThat(headers.read("<13>Nov 21 10:00:00 sshd[123]: error: kex failed")).hasValueSatisfying(
                h -> assertThat(h.host()).isNull());
    }

    @Test
    void ipv6HostnameIsKept() {
        assertThat(headers.read("<13>1 2026-11-21T10:00:00Z 2001:db8::7 app - - - hi")).hasValueSatisfying(
                h -> assertThat(h.host()).isEqualTo("2001:db8::7"));
    }

    @Test
    void notSyslogIsEmpty() {
        assertThat(headers.read("hello world")).isEmpty();
        assertThat(headers.read("<999>Nov 21 10:00:00 h a: priority too high")).isEmpty();
        assertThat(headers.read("")).isEmpty();
    }
}
