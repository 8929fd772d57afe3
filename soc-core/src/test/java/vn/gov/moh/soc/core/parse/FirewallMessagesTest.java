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
import vn.gov.moh.soc.core.event.LogSource;

/** Netfilter packet-log lines (iptables LOG, nftables log, UFW) inside syslog, to ECS. */
class FirewallMessagesTest {
    private final EventReader reader = new EventReader(new SyslogParser(ZoneId.of("Asia/Ho_Chi_Minh"),
            Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC)), new EvtxJsonParser());

    private Event parse(String line) {
        return reader.parseLine(line, InputFormat.AUTO);
    }

    @Test
    void ufwBlockOfAnInboundTcpSyn() {
        Event e = parse("Dec 26 09:05:47 server01 kernel: [126140.629122] [UFW BLOCK] IN=eth0 OUT="
                + " MAC=00:11:22:33:44:55:66:77:88:99:aa:bb:08:00 SRC=203.0.113.251 DST=10.10.1.5 LEN=52 TOS=0x02"
                + " PREC=0x00 TTL=128 ID=9209 DF PROTO=TCP SPT=17833 DPT=22 WINDOW=8192 RES=0x00 CWR ECE SYN URGP=0");

        assertThat(e.logSource()).isEqualTo(new LogSource("linux", Set.of("firewall"), "kernel"));
        assertThat(e.text("rule.name")).isEqualTo("UFW BLOCK");
        assertThat(e.text("event.action")).isEqualTo("deny");
        assertThat(e.text("event.outcome")).isEqualTo("failure");
        assertThat(e.get("event.type")).isEqualTo(List.of("connection", "denied"));
        assertThat(e.text("source.ip")).isEqualTo("203.0.113.251");
        assertThat(e.text("destination.ip")).isEqualTo("10.10.1.5");
        assertThat(e.get("source.port")).isEqualTo(17833L);
        assertThat(e.get("destination.port")).isEqualTo(22L);
        assertThat(e.text("network.transport")).isEqualTo("tcp");
        assertThat(e.text("network.type")).isEqualTo("ipv4");
        assertThat(e.get("network.bytes")).isEqualTo(52L);
        assertThat(e.text("observer.ingress.interface.name")).isEqualTo("eth0");
        assertThat(e.has("observer.egress.interface.name")).isFalse();
        assertThat(e.text("destination.mac")).isEqualTo("00-11-22-33-44-55");
        assertThat(e.text("source.mac")).isEqualTo("66-77-88-99-AA-BB");
        assertThat(e.get("iptables.tcp.flags")).isEqualTo(List.of("CWR", "ECE", "SYN"));
        assertThat(e.get("iptables.ttl")).isEqualTo(128L);
        assertThat(e.text("host.name")).isEqualTo("server01");
    }

    @Test
    void ipv6AddressesWrittenExpandedAreStoredCanonical() {
        Event e = parse("Nov 21 10:00:00 his-app-01 kernel: [ 5021.120001] [UFW ALLOW] IN=ens192 OUT="
                + " MAC=00:50:56:12:34:56:00:1c:73:4e:99:01:86:dd SRC=2001:0db8:0000:0000:0000:0000:0000:0042"
                + " DST=2001:0db8:0000:0001:0000:0000:0000:0005 LEN=80 TC=0 HOPLIMIT=57 FLOWLBL=12345 PROTO=TCP"
                + " SPT=51234 DPT=443 WINDOW=64240 RES=0x00 SYN URGP=0");

        assertThat(e.text("source.ip")).isEqualTo("2001:db8::42");
        assertThat(e.text("destination.ip")).isEqualTo("2001:db8:0:1::5");
        assertThat(e.text("network.type")).isEqualTo("ipv6");
        assertThat(e.get("iptables.ttl")).isEqualTo(57L);
        assertThat(e.text("event.action")).isEqualTo("accept");
        assertThat(e.text("event.outcome")).isEqualTo("success");
    }

    @Test
    void udpKeepsThePacketLengthNotTheDatagramLength() {
        Event e = parse("Feb  4 23:33:37 hostname kernel: IPTABLE IN=eth0 OUT= MAC=ff:ff:ff:ff:ff:ff:00:03:93:db:2e:b4:08:00"
                + " SRC=10.4.11.40 DST=255.255.255.255 LEN=180 TOS=0x00 PREC=0x00 TTL=64 ID=4753 PROTO=UDP SPT=49320"
                + " DPT=2222 LEN=160");

        assertThat(e.get("network.bytes")).isEqualTo(180L);
        assertThat(e.text("network.transport")).isEqualTo("udp");
        assertThat(e.text("rule.name")).isEqualTo("IPTABLE");
        assertThat(e.text("event.action")).as("a custom prefix says nothing of the verdict").isEqualTo("log");
        assertThat(e.has("event.outcome")).isFalse();
    }

    @Test
    void icmpOutboundAndPrefixesWithoutASpace() {
        Event icmp = parse("Aug 17 10:03:37 myhostname kernel: SFW2-INext-DROP-DEFLT IN=eth0 OUT="
                + " MAC=00:08:02:da:c8:51:00:0f:f7:74:31:8a:08:00 SRC=1.2.3.36 DST=1.2.3.194 LEN=28 TOS=0x00 PREC=0x00"
                + " TTL=44 ID=60200 PROTO=ICMP TYPE=8 CODE=0 ID=10466 SEQ=21229");
        assertThat(icmp.text("network.transport")).isEqualTo("icmp");
        assertThat(icmp.get("iptables.icmp.type")).isEqualTo(8L);
        assertThat(icmp.get("iptables.icmp.id")).isEqualTo(10466L);
        assertThat(icmp.get("iptables.id")).isEqualTo(60200L);
        assertThat(icmp.text("event.action")).isEqualTo("deny");

        Event openwrt = parse("Nov 18 13:39:49 OpenWRT kernel: [10051.313745] DROP(src wan)IN=eth0 OUT="
                + " MAC=c2:56:27:73:33:cf:c4:f0:81:b0:93:24:08:00 SRC=205.205.205.205 DST=192.168.8.100 LEN=44"
                + " TOS=0x00 PREC=0x00 TTL=31 ID=8549 PROTO=TCP SPT=40952 DPT=23 WINDOW=64144 RES=0x00 SYN URGP=0"
                + " MARK=0xff00");
        assertThat(openwrt.text("rule.name")).isEqualTo("DROP(src wan)");
        assertThat(openwrt.get("destination.port")).isEqualTo(23L);
        assertThat(openwrt.text("iptables.mark")).isEqualTo("0xff00");

        Event out = parse("Feb  4 23:33:37 hostname kernel: FIREWALL_OUT IN= OUT=eth0 SRC=192.168.6.57 DST=216.161.248.225"
                + " LEN=40 TOS=0x00 PREC=0x00 TTL=64 ID=18547 DF PROTO=TCP SPT=46388 DPT=37628 WINDOW=6930 RES=0x00"
                + " ACK RST URGP=0");
        assertThat(out.has("observer.ingress.interface.name")).isFalse();
        assertThat(out.text("observer.egress.interface.name")).isEqualTo("eth0");
        assertThat(out.get("iptables.tcp.flags")).isEqualTo(List.of("ACK", "RST"));
    }

    @Test
    void nftablesRejectAndIcmpv6() {
        Event e = parse("<4>Nov 21 10:00:00 his-db-01 kernel: [ 812.000001] nft-input-reject: IN=ens160 OUT="
                + " MAC=00:50:56:aa:bb:cc:00:50:56:dd:ee:ff:86:dd SRC=fe80:0000:0000:0000:0250:56ff:fedd:eeff"
                + " DST=ff02:0000:0000:0000:0000:0000:0000:0001 LEN=72 TC=0 HOPLIMIT=255 FLOWLBL=0 PROTO=ICMPv6 TYPE=134"
                + " CODE=0");
        assertThat(e.text("event.action")).isEqualTo("reject");
        assertThat(e.text("network.transport")).isEqualTo("ipv6-icmp");
        assertThat(e.text("source.ip")).isEqualTo("fe80::250:56ff:fedd:eeff");
        assertThat(e.text("rule.name")).isEqualTo("nft-input-reject:");
    }

    @Test
    void otherKernelMessagesStayPlainSyslog() {
        Event e = parse("Nov 21 10:00:00 his-app-01 kernel: [ 1.234567] e1000: ens192 NIC Link is Up 1000 Mbps Full Duplex");
        assertThat(e.logSource().categories()).isEmpty();
        assertThat(e.has("source.ip")).isFalse();
        assertThat(e.text("message")).contains("NIC Link is Up");
    }

    @Test
    void addressesThatAreNotIpsAreKeptAsAddresses() {
        Event e = parse("Nov 21 10:00:00 h kernel: [UFW BLOCK] IN=eth0 OUT= SRC=10.0.0.x DST=010.1 LEN=40 PROTO=TCP"
                + " SPT=99999999999999999999 DPT=22");
        assertThat(e.has("source.ip")).isFalse();
        assertThat(e.text("source.address")).isEqualTo("10.0.0.x");
        assertThat(e.text("destination.address")).as("no inet_aton reading of 010.1").isEqualTo("010.1");
        assertThat(e.has("source.port")).as("a port that does not fit is dropped, not an overflow").isFalse();
        assertThat(e.get("destination.port")).isEqualTo(22L);
    }
}
