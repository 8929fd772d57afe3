package vn.gov.moh.soc.core.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.moh.soc.core.event.Event;
import vn.gov.moh.soc.core.parse.EventReader;
import vn.gov.moh.soc.core.parse.EvtxJsonParser;
import vn.gov.moh.soc.core.parse.InputFormat;
import vn.gov.moh.soc.core.parse.ParseException;
import vn.gov.moh.soc.core.parse.SyslogParser;
import vn.gov.moh.soc.core.testdata.SharedData;
import vn.gov.moh.soc.core.testdata.WazuhRulesetTests;
import vn.gov.moh.soc.core.testdata.WazuhRulesetTests.Agreement;
import vn.gov.moh.soc.core.testdata.WazuhRulesetTests.Case;
import vn.gov.moh.soc.core.testdata.WazuhRulesetTests.CaseFile;
import vn.gov.moh.soc.core.testdata.WazuhRulesetTests.Raised;

/**
 * Our parsers and rules (SigmaHQ's and ours, loaded as the pipeline loads them) against Wazuh's
 * own ruleset test vectors: each case (see {@link WazuhRulesetTests}) through a fresh
 * {@link Detector}, its lines parsed with their own times. The Flink job's counterpart is
 * correlation-jobs' {@code WazuhAgreementIT}.
 */
class WazuhAgreementTest {
    private static RuleLibrary library;
    private static EventReader reader;

    @BeforeAll
    static void load() {
        Path sigma = SharedData.dir("sigma");
        WazuhRulesetTests.dir();
        Path ours = Path.of(System.getProperty("soc.rules.dir", "../rules"));
        library = RuleLibrary.load(List.of(sigma.resolve("rules"), sigma.resolve("rules-emerging-threats"),
                sigma.resolve("rules-threat-hunting"), ours));
        // RFC 3164 lines have no year: a fixed reference clock keeps every case in one year.
        reader = new EventReader(new SyslogParser(ZoneId.of("Asia/Ho_Chi_Minh"),
                Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC)), new EvtxJsonParser());
    }

    /** Our verdict on a case: the alerts raised while its lines pass through a fresh detector. */
    static List<Raised> alerts(Case c, List<String> unparsed) {
        Detector detector = new Detector(library);
        List<Raised> raised = new ArrayList<>();
        for (String line : c.lines()) {
            Event event;
            try {
                event = reader.parseLine(line, InputFormat.AUTO);
            } catch (ParseException | IllegalArgumentException e) {
                unparsed.add(e.getMessage());
                continue;
            }
            for (Alert a : detector.process(event)) {
                if (a instanceof Alert.RuleMatch m) {
                    raised.add(Raised.of(m.rule()));
                } else if (a instanceof Alert.Correlation k) {
                    raised.add(Raised.of(k.alert().rule()));
                }
            }
        }
        return raised;
    }

    @Test
    void ourDetectionsAgreeWithWazuhsTestVectors() throws IOException {
        Path dir = WazuhRulesetTests.dir();
        Agreement agreement = new Agreement();
        for (String name : WazuhRulesetTests.FILES) {
            CaseFile file = WazuhRulesetTests.cases(dir.resolve(name));
            agreement.file(name, file.failLines());
            for (Case c : file.cases()) {
                List<String> unparsed = new ArrayList<>();
                agreement.score(c, alerts(c, unparsed), unparsed);
            }
        }
        System.out.print(agreement.report());
        if (Boolean.getBoolean("soc.wazuh.verbose")) {
            agreement.agreements().forEach(a -> System.out.println("  agrees    " + a));
        }

        assertThat(agreement.cases()).as("cases read").isGreaterThan(100);
        agreement.assertOnlyExceptionsDisagree();
    }
}
