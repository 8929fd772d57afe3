package vn.gov.moh.soc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.parse.AccessLogParser;
import vn.gov.moh.soc.core.parse.EvtxJsonParser;
import vn.gov.moh.soc.core.parse.SyslogParser;

/**
 * The benchmark corpus, one third each: Windows events (SigmaHQ's regression data), sshd lines
 * (Loghub's OpenSSH sample, rebuilt from its structured CSV) and web access lines (generated with
 * a fixed seed: hospital portal traffic with a few attacks).
 */
final class Corpus {
    private Corpus() {
    }

    static Path sharedData() {
        Path p = Path.of(System.getProperty("soc.shared.data", "../shared/data")).toAbsolutePath().normalize();
        if (!Files.isDirectory(p.resolve("sigma"))) {
            throw new IllegalStateException("shared data not found at " + p + " (set -Dsoc.shared.data)");
        }
        return p;
    }

    static List<Event> windows(Path shared) {
        EvtxJsonParser parser = new EvtxJsonParser();
        ObjectMapper json = new ObjectMapper();
        List<Event> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(shared.resolve("sigma/regression_data"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                try (MappingIterator<JsonNode> it = json.readerFor(JsonNode.class).readValues(f.toFile())) {
                    while (it.hasNextValue()) {
                        out.add(parser.parse(it.nextValue()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static final Pattern ROW = Pattern.compile("^(\\d+),(\\w{3}),(\\d+),([\\d:]+),([^,]*),(\\d+),(.*),(E\\d+),(.*)$");

    static List<String> sshLines(Path shared) {
        List<String> out = new ArrayList<>();
        try {
            List<String> rows = Files.readAllLines(shared.resolve("loghub/OpenSSH/OpenSSH_2k.log_structured.csv"),
                    StandardCharsets.UTF_8);
            for (String row : rows.subList(1, rows.size())) {
                Matcher m = ROW.matcher(row);
                if (m.matches()) {
                    out.add(String.format("%s %2s %s %s sshd[%s]: %s", m.group(2), m.group(3), m.group(4), m.group(5),
                            m.group(6), m.group(7)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<Event> ssh(Path shared) {
        SyslogParser parser = new SyslogParser(ZoneId.of("Asia/Ho_Chi_Minh"),
                Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC));
        return sshLines(shared).stream().map(parser::parse).toList();
    }

    static List<String> webLines(int count) {
        Random random = new Random(42);
        String[] paths = {"/", "/dat-lich-kham", "/tra-cuu-ket-qua", "/api/benh-nhan/%d", "/static/js/app.%d.js",
                "/tin-tuc/%d", "/login", "/api/lich-truc?khoa=%d", "/images/logo.png", "/fhir/Patient/%d"};
        String[] attacks = {"/dat-lich-kham?id=1%27%20or%20%271%27%3D%271", "/../../etc/passwd", "/.env",
                "/tra-cuu-ket-qua?q=1 union select password from users", "/wp-login.php", "/cgi-bin/test.cgi"};
        String[] agents = {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148", "okhttp/4.12.0",
                "sqlmap/1.8#stable", "curl/8.5.0"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean attack = random.nextInt(50) == 0;
            String path = attack ? attacks[random.nextInt(attacks.length)]
                    : String.format(paths[random.nextInt(paths.length)], random.nextInt(100_000));
            int status = attack ? 404 : random.nextInt(20) == 0 ? 304 : 200;
            out.add(String.format("10.%d.%d.%d - - [21/Nov/2026:%02d:%02d:%02d +0700] \"%s %s HTTP/1.1\" %d %d \"-\" \"%s\"",
                    random.nextInt(256), random.nextInt(256), random.nextInt(256), 8 + i / 3600 % 10, i / 60 % 60, i % 60,
                    random.nextInt(10) == 0 ? "POST" : "GET", path, status, random.nextInt(50_000),
                    agents[attack ? 3 + random.nextInt(2) : random.nextInt(3)]));
        }
        return out;
    }

    static List<Event> web(int count) {
        AccessLogParser parser = new AccessLogParser();
        return webLines(count).stream().map(parser::parse).toList();
    }
}
