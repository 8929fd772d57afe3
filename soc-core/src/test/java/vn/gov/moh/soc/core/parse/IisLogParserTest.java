package vn.gov.moh.soc.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;

/** IIS W3C extended logs: by the file's #Fields directive, or by IIS's default column sets. */
class IisLogParserTest {
    private final EventReader reader = new EventReader();

    @Test
    void iis85DefaultColumnsWithTheReferrer() {
        Event e = reader.parseLine("2026-11-21 03:00:00 10.0.0.5 GET /dang-nhap.aspx ReturnUrl=%2fho-so 443 bs.hoa"
                + " 203.0.113.7 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) https://benhvien.vn/ 200 0 0 31", InputFormat.AUTO);

        assertThat(e.logSource().categories()).isEqualTo(Set.of("webserver"));
        assertThat(e.text("@timestamp")).isEqualTo("2026-11-21T03:00:00Z");
        assertThat(e.text("destination.ip")).isEqualTo("10.0.0.5");
        assertThat(e.get("destination.port")).isEqualTo(443L);
        assertThat(e.text("source.ip")).isEqualTo("203.0.113.7");
        assertThat(e.text("user.name")).isEqualTo("bs.hoa");
        assertThat(e.text("http.request.method")).isEqualTo("GET");
        assertThat(e.text("url.path")).isEqualTo("/dang-nhap.aspx");
        assertThat(e.text("url.query")).isEqualTo("ReturnUrl=%2fho-so");
        assertThat(e.text("url.original")).isEqualTo("/dang-nhap.aspx?ReturnUrl=%2fho-so");
        assertThat(e.text("user_agent.original")).isEqualTo("Mozilla/5.0 (Windows NT 10.0; Win64; x64)");
        assertThat(e.text("http.request.referrer")).isEqualTo("https://benhvien.vn/");
        assertThat(e.get("http.response.status_code")).isEqualTo(200L);
        assertThat(e.get("event.duration")).isEqualTo(31_000_000L);
    }

    @Test
    void iis75DefaultColumnsAndEveryField() {
        Event old = reader.parseLine("2015-07-28 15:07:26 1.2.3.4 GET /QOsa/Browser/Default.aspx UISessionId=SN1 80 -"
                + " 31.3.3.7 OpenSystems/1.0;+product-family=\"85\" 302 0 0 624", InputFormat.IIS);
        assertThat(old.get("http.response.status_code")).isEqualTo(302L);
        assertThat(old.has("user.name")).isFalse();
        assertThat(old.text("user_agent.original")).isEqualTo("OpenSystems/1.0; product-family=\"85\"");

        Event all = reader.parseLine("2014-12-20 21:34:37 W3SVC58 WEB-01 1.2.3.4 GET /search.aspx id=3542 80 - 173.201.216.6"
                + " HTTP/1.1 Mozilla/5.0+(Windows+NT+6.1) - http://google.com www.somesite.org 200 0 0 36560 3942 78",
                InputFormat.IIS);
        assertThat(all.text("service.name")).isEqualTo("W3SVC58");
        assertThat(all.text("host.name")).isEqualTo("WEB-01");
        assertThat(all.text("http.version")).isEqualTo("1.1");
        assertThat(all.text("url.domain")).isEqualTo("www.somesite.org");
        assertThat(all.get("http.response.bytes")).isEqualTo(36560L);
        assertThat(all.get("http.request.bytes")).isEqualTo(3942L);
    }

    @Test
    void aFileIsReadByItsFieldsDirectiveAndDirectivesAreNoRecords() throws Exception {
        String file = "#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n#Date: 2026-11-21 03:00:00\n"
                + "#Fields: date time c-ip cs-method cs-uri-stem sc-status\n"
                + "2026-11-21 03:00:00 203.0.113.7 GET /a.aspx 200\n"
                + "2026-11-21 03:00:01 203.0.113.7 GET /b.aspx\n"
                + "2026-13-21 03:00:02 203.0.113.7 GET /c.aspx 500\n";
        ReadRecords read = ReadRecords.of(reader, file, InputFormat.AUTO);
        List<Event> events = read.events();
        List<EventReader.Rejected> rejected = read.rejected();

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.text("url.path")).isEqualTo("/a.aspx");
            assertThat(e.get("http.response.status_code")).isEqualTo(200L);
        });
        assertThat(rejected).extracting(EventReader.Rejected::position).containsExactly(6L, 7L);
        assertThat(rejected.get(1).reason()).contains("is not valid");
    }

    @Test
    void linesOfNoKnownShapeAreRejectedWithTheReason() {
        assertThatThrownBy(() -> reader.parseLine("2026-11-21 03:00:00 a b c", InputFormat.IIS))
                .isInstanceOf(ParseException.class).hasMessageContaining("5 found");
        assertThatThrownBy(() -> new IisLogParser().parse("2026-11-21 03:00:00 a", List.of("date", "time")))
                .isInstanceOf(ParseException.class).hasMessageContaining("#Fields directive names 2");
    }
}
