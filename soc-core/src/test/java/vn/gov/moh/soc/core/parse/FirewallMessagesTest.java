package vn.gov.moh.soc.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;

class FirewallMessagesTest {
    private final SyslogParser syslog = new SyslogParser(ZoneId.of("Asia/Ho_Chi_Minh"),
            Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void anIptablesDropIsADeniedConnectionWithAddressesPortsAndInterfaces() {
        Event e = syslog.parse("Nov 21 10:00:00 fw01 kernel: [12345.678901] IPTABLES-DROP: IN=eth0 OUT= "
                + "MAC=00:16:3e:00:00:01:00:16:3e:00:00:02:08:00 SRC=203.0.113.9 DST=10.0.0.1 LEN=60 TOS=0x00 "
                + "PREC=0x00 TTL=52 ID=54321 DF PROTO=TCP SPT=51234 DPT=22 WINDOW=29200 RES=0x00 SYN URGP=0");

        assertThat(e.get("source.ip")).isEqualTo("203.0.113.9");
        assertThat(e.get("destination.ip")).isEqualTo("10.0.0.1");
        assertThat(e.get("source.port")).isEqualTo(51234L);
        assertThat(e.get("destination.port")).isEqualTo(22L);
        assertThat(e.get("network.transport")).isEqualTo("tcp");
        assertThat(e.get("observer.ingress.interface.name")).isEqualTo("eth0");
        assertThat(e.has("observer.egress.interface.name")).isFalse();
        assertThat(e.get("event.action")).isEqualTo("IPTABLES-DROP");
        assertThat(e.get("event.type")).isEqualTo(List.of("connection", "denied"));
        assertThat(e.logSource().categories()).isEqualTo(Set.of("firewall"));
        assertThat(e.logSource().service()).isEqualTo("kernel");
    }

    @Test
    void anNftablesAcceptWithoutPortsIsAnAllowedConnection() {
        Event e = syslog.parse("<4>Nov 21 10:00:01 gw kernel: nft accept icmp: IN=ens3 OUT=ens4 "
                + "SRC=10.1.0.7 DST=10.2.0.8 LEN=84 TOS=0x00 PREC=0x00 TTL=63 ID=0 DF PROTO=ICMP TYPE=8 CODE=0 ID=3 SEQ=1");

        assertThat(e.get("network.transport")).isEqualTo("icmp");
        assertThat(e.has("source.port")).isFalse();
        assertThat(e.get("observer.egress.interface.name")).isEqualTo("ens4");
        assertThat(e.get("event.action")).isEqualTo("nft accept icmp");
        assertThat(e.get("event.type")).isEqualTo(List.of("connection", "allowed"));
    }

    @Test
    void otherKernelMessagesStayPlainSyslog() {
        Event e = syslog.parse("Nov 21 10:00:02 fw01 kernel: [ 1.000000] usb 1-1: new high-speed USB device");

        assertThat(e.has("source.ip")).isFalse();
        assertThat(e.logSource().categories()).isEmpty();
        assertThat(e.get("message")).isEqualTo("[ 1.000000] usb 1-1: new high-speed USB device");
    }
}
